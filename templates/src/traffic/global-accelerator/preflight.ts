import { acceleratorApiRegion, endpointWeight } from "./model";

/**
 * The deploy preflight of Global Accelerator routing (`npm run preflight`, run by CI before `pulumi up`):
 * a region taken out by hand (weight 0 through Global Accelerator's API) and not recorded in the stack
 * config would be put back in service by the deployment, and a region the config keeps out but that was
 * brought back by hand would be taken out by it. Either way a deployment would move users without anyone
 * meaning it, so the preflight refuses until the config and the live weights agree. Pure: the API calls
 * go through `AcceleratorApi`, which the tests stub.
 */

/** One endpoint of a region's endpoint group, as Global Accelerator reports it. */
export interface LiveEndpoint {
  /** The region's load balancer (its ARN). */
  endpointId: string;
  weight: number;
}

/** The AWS APIs the preflight reads. */
export interface AcceleratorApi {
  /**
   * The endpoints of each region's endpoint group in the accelerator of this name (ListAccelerators,
   * ListListeners, ListEndpointGroups, in us-west-2); undefined when it does not exist yet.
   */
  liveEndpoints(acceleratorName: string): Promise<Record<string, LiveEndpoint[]> | undefined>;
  /** The health-check path of each target group of a load balancer (DescribeTargetGroups, in its region). */
  healthCheckPaths(region: string, loadBalancerArn: string): Promise<string[]>;
}

export interface PreflightInput {
  /** The stack's accelerator (acceleratorName in the module's model). */
  acceleratorName: string;
  /** The regions the stack config takes out of service (`acceleratorOutOfService`). */
  outOfService: readonly string[];
  /** The target groups' health-check path in the stack config (`healthCheck.path`). */
  healthCheckPath: string;
}

/**
 * One line per region a deployment would move users in or out of without anyone meaning it; none when the live
 * state agrees with the config: its weight (the evacuation), and, for a region in service, its target groups'
 * health-check path (the fallback evacuation through the region's own load balancer API, which a deployment
 * resets).
 */
export async function preflightProblems(input: PreflightInput, api: AcceleratorApi): Promise<string[]> {
  // Before the first deployment there is nothing to undo.
  const live = (await api.liveEndpoints(input.acceleratorName)) ?? {};
  const problems = await Promise.all(Object.entries(live).map(async ([region, endpoints]) => {
    const wanted = endpointWeight(region, input.outOfService);
    const differing = endpoints.find(({ weight }) => weight !== wanted)?.weight;
    if (differing !== undefined) {
      return [wanted === 0
        ? `${region} is out of service in the config (acceleratorOutOfService) but live at weight ${differing}: ` +
          `take it out again (README.md, Region failure and evacuation) or remove it from acceleratorOutOfService, then deploy`
        : `${region} is live at weight ${differing} in Global Accelerator (${acceleratorApiRegion}) but in service in the config: ` +
          `record the evacuation first (pulumi config set --path 'acceleratorOutOfService[0]' ${region}), or bring the region back, then deploy`];
    }
    // Out of service by its weight, the region stays out whatever its health checks answer.
    if (wanted === 0) return [];
    const paths = (await Promise.all(endpoints.map(({ endpointId }) => api.healthCheckPaths(region, endpointId)))).flat();
    const other = paths.find((path) => path !== input.healthCheckPath);
    return other === undefined ? [] : [
      `${region}'s target groups check ${other}, the stack config ${input.healthCheckPath} (healthCheck.path): the region was failed by hand ` +
        `and the deployment would put it back; record the evacuation first (pulumi config set --path 'acceleratorOutOfService[0]' ${region}), ` +
        `or restore the path, then deploy`,
    ];
  }));
  return problems.flat();
}

/** What the preflight decides: refuse on `problems`; `warning` when it let a deployment go ahead unchecked. */
export interface PreflightVerdict {
  problems: string[];
  warning?: string;
}

/**
 * The preflight as the command runs it. While Global Accelerator's API (in an impairment of its one region) or a
 * region's load balancer API cannot be read, every deployment would be refused, an urgent fix of a failing
 * region's app included; an operator who sets `MULTIREGION_PREFLIGHT_UNREADABLE=proceed` lets it go ahead with
 * a warning. A deployment that then changes the accelerator fails at that API anyway; one that does not leaves
 * the weights alone. What was read and differs is refused whatever the setting.
 */
export async function preflightVerdict(input: PreflightInput, api: AcceleratorApi, unreadable: string | undefined): Promise<PreflightVerdict> {
  try {
    return { problems: await preflightProblems(input, api) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (unreadable === "proceed") {
      return { problems: [], warning: `the live weights and health-check paths cannot be read (${reason}); deploying unchecked, as MULTIREGION_PREFLIGHT_UNREADABLE=proceed says` };
    }
    return {
      problems: [`the live weights and health-check paths cannot be read (${reason}). ` +
        "While an API it reads is impaired, set MULTIREGION_PREFLIGHT_UNREADABLE=proceed (in CI: the repository variable) to deploy unchecked"],
    };
  }
}

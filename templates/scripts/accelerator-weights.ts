import { acceleratorApiRegion, endpointWeight } from "../src/traffic/global-accelerator/model";

/**
 * The deploy preflight of Global Accelerator routing (`npm run preflight`, run by CI before `pulumi up`):
 * a region taken out by hand (weight 0 through Global Accelerator's API) and not recorded in the stack
 * config would be put back in service by the deployment, and a region the config keeps out but that was
 * brought back by hand would be taken out by it. Either way a deployment would move users without anyone
 * meaning it, so the preflight refuses until the config and the live weights agree. Pure: the API calls
 * go through `AcceleratorApi`, which the tests stub.
 */

/** Global Accelerator's API, as the preflight uses it. */
export interface AcceleratorApi {
  /**
   * The live weight of each endpoint of each region's endpoint group in the accelerator of this name
   * (ListAccelerators, ListListeners, ListEndpointGroups, in us-west-2); undefined when it does not exist yet.
   */
  liveWeights(acceleratorName: string): Promise<Record<string, number[]> | undefined>;
}

export interface PreflightInput {
  /** The stack's accelerator (acceleratorName in the module's model). */
  acceleratorName: string;
  /** The regions the stack config takes out of service (`acceleratorOutOfService`). */
  outOfService: readonly string[];
}

/** One line per region whose live weight differs from what the stack config makes it; none when they agree. */
export async function preflightProblems(input: PreflightInput, api: AcceleratorApi): Promise<string[]> {
  // Before the first deployment there is nothing to undo.
  const live = (await api.liveWeights(input.acceleratorName)) ?? {};
  return Object.entries(live).flatMap(([region, weights]) => {
    const wanted = endpointWeight(region, input.outOfService);
    const differing = weights.find((weight) => weight !== wanted);
    if (differing === undefined) return [];
    return [wanted === 0
      ? `${region} is out of service in the config (acceleratorOutOfService) but live at weight ${differing}: ` +
        `take it out again (README.md, Region failure and evacuation) or remove it from acceleratorOutOfService, then deploy`
      : `${region} is live at weight ${differing} in Global Accelerator (${acceleratorApiRegion}) but in service in the config: ` +
        `record the evacuation first (pulumi config set --path 'acceleratorOutOfService[0]' ${region}), or bring the region back, then deploy`];
  });
}

/** What the preflight decides: refuse on `problems`; `warning` when it let a deployment go ahead unchecked. */
export interface PreflightVerdict {
  problems: string[];
  warning?: string;
}

/**
 * The preflight as the command runs it. While Global Accelerator's API cannot be read (in an impairment of its one
 * region), every deployment would be refused, an urgent fix of a failing region's app included; an operator who
 * sets `MULTIREGION_PREFLIGHT_UNREADABLE=proceed` lets it go ahead with a warning. A deployment that then changes
 * the accelerator fails at that API anyway; one that does not leaves the weights alone. Weights that were read
 * and differ are refused whatever the setting.
 */
export async function preflightVerdict(input: PreflightInput, api: AcceleratorApi, unreadable: string | undefined): Promise<PreflightVerdict> {
  try {
    return { problems: await preflightProblems(input, api) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (unreadable === "proceed") {
      return { problems: [], warning: `Global Accelerator's API (${acceleratorApiRegion}) cannot be read (${reason}); deploying unchecked, as MULTIREGION_PREFLIGHT_UNREADABLE=proceed says` };
    }
    return {
      problems: [`Global Accelerator's API (${acceleratorApiRegion}) cannot be read (${reason}): the live weights are unknown. ` +
        "While that API is impaired, set MULTIREGION_PREFLIGHT_UNREADABLE=proceed (in CI: the repository variable) to deploy unchecked"],
    };
  }
}

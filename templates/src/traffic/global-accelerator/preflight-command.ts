import { execFile } from "node:child_process";
import { preflightVerdict, type AcceleratorApi, type LiveEndpoint } from "./preflight";
import { readEstimateInputs, readStackFile } from "../../../scripts/stack-shape";
import { acceleratorApiRegion, acceleratorName } from "./model";

/**
 * `npm run preflight [-- --stack <name>]`: before `pulumi up` (CI's deploy job runs it; run it yourself before
 * a local `pulumi up`), compares each region's live endpoint weight in Global Accelerator, and its target
 * groups' health-check path, with the stack config (`acceleratorOutOfService`, `healthCheck.path`) and refuses,
 * one line per region, when they differ. Needs the AWS CLI with credentials that may read Global Accelerator and
 * the load balancers; not the Pulumi CLI. `--stack` takes the stack's name
 * with or without its organization (`my-org/dev`); the file read is `Pulumi.<name>.yaml`.
 */
function aws(service: string, args: string[], region: string): Promise<any> {
  const all = [service, ...args, "--region", region, "--output", "json"];
  return new Promise((resolve, reject) => {
    execFile("aws", all, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`aws ${service} ${args[0]} --region ${region} failed: ${(stderr || error.message).trim()}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

/** Global Accelerator's API (us-west-2) and each region's Elastic Load Balancing API, through the AWS CLI (which follows the pages of each list itself). */
const cliApi: AcceleratorApi = {
  async liveEndpoints(name) {
    const accelerators = (args: string[]) => aws("globalaccelerator", args, acceleratorApiRegion);
    const { Accelerators } = await accelerators(["list-accelerators"]) as { Accelerators: { Name: string; AcceleratorArn: string }[] };
    const accelerator = Accelerators.find((candidate) => candidate.Name === name);
    if (!accelerator) return undefined;
    const { Listeners } = await accelerators(["list-listeners", "--accelerator-arn", accelerator.AcceleratorArn]) as { Listeners: { ListenerArn: string }[] };
    const endpoints: Record<string, LiveEndpoint[]> = {};
    for (const { ListenerArn } of Listeners) {
      const { EndpointGroups } = await accelerators(["list-endpoint-groups", "--listener-arn", ListenerArn]) as {
        EndpointGroups: { EndpointGroupRegion: string; EndpointDescriptions?: { EndpointId: string; Weight?: number }[] }[];
      };
      for (const group of EndpointGroups) {
        endpoints[group.EndpointGroupRegion] = (group.EndpointDescriptions ?? []).map(({ EndpointId, Weight }) => ({ endpointId: EndpointId, weight: Weight ?? 0 }));
      }
    }
    return endpoints;
  },
  async healthCheckPaths(region, loadBalancerArn) {
    const { TargetGroups } = await aws("elbv2", ["describe-target-groups", "--load-balancer-arn", loadBalancerArn], region) as { TargetGroups: { HealthCheckPath?: string }[] };
    return TargetGroups.map(({ HealthCheckPath }) => HealthCheckPath ?? "");
  },
};

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf("--stack");
  const stack = at >= 0 ? argv[at + 1]?.split("/").pop() : undefined;
  const file = readStackFile(process.cwd(), stack);
  const { config } = readEstimateInputs(file);
  const name = acceleratorName(config.project, config.stack);
  const input = { acceleratorName: name, outOfService: config.acceleratorOutOfService, healthCheckPath: config.healthCheck.path };
  const { problems, warning } = await preflightVerdict(input, cliApi, process.env.MULTIREGION_PREFLIGHT_UNREADABLE);
  for (const problem of problems) console.error(`refusing to deploy: ${problem}`);
  if (warning) console.warn(`warning: ${warning}`);
  else if (problems.length === 0) console.log(`Global Accelerator ${name}: the live weights and health-check paths agree with the stack config`);
  return problems.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

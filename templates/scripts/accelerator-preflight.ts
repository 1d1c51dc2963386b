import { execFile } from "node:child_process";
import { preflightVerdict, type AcceleratorApi } from "./accelerator-weights";
import { readEstimateInputs, readStackFile } from "./stack-shape";
import { acceleratorApiRegion, acceleratorName } from "../src/traffic/global-accelerator/model";

/**
 * `npm run preflight [-- --stack <name>]`: before `pulumi up` (CI's deploy job runs it; run it yourself before
 * a local `pulumi up`), compares each region's live endpoint weight in Global Accelerator with the stack
 * config (`acceleratorOutOfService`) and refuses, one line per region, when they differ. Needs the AWS CLI
 * with credentials that may read Global Accelerator; not the Pulumi CLI. `--stack` takes the stack's name
 * with or without its organization (`my-org/dev`); the file read is `Pulumi.<name>.yaml`.
 */
function aws(args: string[]): Promise<any> {
  const all = ["globalaccelerator", ...args, "--region", acceleratorApiRegion, "--output", "json"];
  return new Promise((resolve, reject) => {
    execFile("aws", all, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`aws globalaccelerator ${args[0]} failed: ${(stderr || error.message).trim()}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

/** Global Accelerator's API through the AWS CLI (which follows the pages of each list itself). */
const cliApi: AcceleratorApi = {
  async liveWeights(name) {
    const { Accelerators } = await aws(["list-accelerators"]) as { Accelerators: { Name: string; AcceleratorArn: string }[] };
    const accelerator = Accelerators.find((candidate) => candidate.Name === name);
    if (!accelerator) return undefined;
    const { Listeners } = await aws(["list-listeners", "--accelerator-arn", accelerator.AcceleratorArn]) as { Listeners: { ListenerArn: string }[] };
    const weights: Record<string, number[]> = {};
    for (const { ListenerArn } of Listeners) {
      const { EndpointGroups } = await aws(["list-endpoint-groups", "--listener-arn", ListenerArn]) as {
        EndpointGroups: { EndpointGroupRegion: string; EndpointDescriptions?: { Weight?: number }[] }[];
      };
      for (const group of EndpointGroups) {
        weights[group.EndpointGroupRegion] = (group.EndpointDescriptions ?? []).map(({ Weight }) => Weight ?? 0);
      }
    }
    return weights;
  },
};

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf("--stack");
  const stack = at >= 0 ? argv[at + 1]?.split("/").pop() : undefined;
  const file = readStackFile(process.cwd(), stack);
  const { config } = readEstimateInputs(file);
  const name = acceleratorName(config.project, config.stack);
  const input = { acceleratorName: name, outOfService: config.acceleratorOutOfService };
  const { problems, warning } = await preflightVerdict(input, cliApi, process.env.MULTIREGION_PREFLIGHT_UNREADABLE);
  for (const problem of problems) console.error(`refusing to deploy: ${problem}`);
  if (warning) console.warn(`warning: ${warning}`);
  else if (problems.length === 0) console.log(`Global Accelerator ${name}: the live weights agree with the stack config`);
  return problems.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

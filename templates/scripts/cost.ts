import { estimateCost } from "./cost-model";
import { formatCostEstimate } from "./cost-report";
import { estimateFailover, formatFailoverEstimate } from "./failover-model";
import { prices } from "./prices";
import { deploymentShape, failoverShape, readEstimateInputs, readStackFile } from "./stack-shape";

/**
 * `npm run cost [-- --stack <name>]`: the monthly cost and the failover estimate of a stack, from its
 * Pulumi.<stack>.yaml (the only one, or the one named). Needs no Pulumi CLI and no cloud account.
 */
function stackArgument(args: string[]): string | undefined {
  const flag = args.findIndex((arg) => arg === "--stack" || arg === "-s");
  if (flag >= 0) return args[flag + 1];
  const inline = args.find((arg) => arg.startsWith("--stack="));
  return inline ? inline.slice("--stack=".length) : args.find((arg) => !arg.startsWith("-"));
}

try {
  const file = readStackFile(process.cwd(), stackArgument(process.argv.slice(2)));
  const { config, assumptions } = readEstimateInputs(file);
  const cost = estimateCost(deploymentShape(config), prices, assumptions);
  const failover = estimateFailover(failoverShape(config));
  console.log([...formatCostEstimate(cost, `${file.project}, stack ${file.stack}`), "", ...formatFailoverEstimate(failover)].join("\n"));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

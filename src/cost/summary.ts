import { wholeDollars } from "../../templates/scripts/cost-report.js";
import { formatRange } from "../../templates/scripts/failover-model.js";
import type { ProjectEstimates } from "./project-estimates.js";


/** The estimates in the generator's end summary, as [label, value] rows. */
export function estimateSummaryRows(estimates: ProjectEstimates): [string, string][] {
  const { cost, failover } = estimates;
  const costRow: [string, string] = cost
    ? ["cost", `${wholeDollars(cost.total)} a month (${cost.regions.map((region) => `${region.region} ${wholeDollars(region.subtotal)}`).join(", ")}, ` +
      `global ${wholeDollars(cost.globalSubtotal)}), ${cost.ratio.toFixed(1)}x ${cost.regions[0]!.region} alone; ` +
      (cost.release ? `a blue/green release adds ${wholeDollars(cost.release.daily)} a day while both colors run; ` : "") +
      `prices as of ${estimates.prices.asOf}, itemized by npm run cost`]
    : ["cost", `no estimate: ${estimates.costProblem}`];
  const database = failover.parts.find((part) => part.label.startsWith("database writes lost"));
  const failoverRow: [string, string] = [
    "failover",
    `users leave a failed region in ${formatRange(failover.traffic)}, an evacuated one in ${formatRange(failover.evacuation)}` +
      (database ? `; database writes lost: ${database.estimate}` : ""),
  ];
  return [costRow, failoverRow];
}

import { wholeDollars } from "../../templates/scripts/cost-report.js";
import { formatRange } from "../../templates/scripts/failover-model.js";
import type { ProjectEstimates } from "./project-estimates.js";


/** The estimates in the generator's end summary, as [label, value] rows. */
export function estimateSummaryRows(estimates: ProjectEstimates): [string, string][] {
  const { cost, partial, failover } = estimates;
  const costRow: [string, string] = cost
    ? ["cost", `${wholeDollars(cost.total)} a month (${cost.regions.map((region) => `${region.region} ${wholeDollars(region.subtotal)}`).join(", ")}, ` +
      `global ${wholeDollars(cost.globalSubtotal)}), ${cost.ratio.toFixed(1)}x ${cost.regions[0]!.region} alone; ` +
      (cost.release ? `a blue/green release adds ${wholeDollars(cost.release.daily)} a day while both colors run; ` : "") +
      `prices as of ${estimates.prices.asOf}, itemized by npm run cost`]
    : partial
      ? ["cost", `${wholeDollars(partial.total)} a month without what is not priced (${partial.unpriced.join("; ")}); ` +
        `prices as of ${estimates.prices.asOf}, itemized by npm run cost`]
      : ["cost", `no estimate: ${estimates.costProblem}`];
  const database = failover.parts.find((part) => part.label.startsWith("database writes lost"));
  const failoverRow: [string, string] = [
    "failover",
    `users leave a failed region in ${formatRange(failover.traffic)}, an evacuated one in ${formatRange(failover.evacuation)}` +
      (database ? `; database writes lost: ${database.estimate}` : ""),
  ];
  // Aurora: Extended Support is billed only past the end of standard support, so it is named, never added.
  const support = cost?.extendedSupport;
  const supportRows: [string, string][] = support
    ? [["support", `Aurora Extended Support ${support.enrolled ? "on" : "off"} (aurora.extendedSupport): ` +
      (support.enrolled ? "past the end of standard support the clusters cost " : "at the end of standard support AWS upgrades the major version; enrolled, ") +
      (support.monthly === undefined ? "ACU-hours at the Extended Support price" : `${wholeDollars(support.monthly)} a month more`)]]
    : [];
  return [costRow, failoverRow, ...supportRows];
}

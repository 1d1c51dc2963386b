import { costAssumptionSpecs } from "./cost-assumptions.js";
import type { CostEstimate, CostLine } from "./cost-model.js";

/** Groups of three digits, as en-US writes them, without loading ICU's number formatting (slow to start). */
function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "$1,234.56" */
export function dollars(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  return `${amount < 0 ? "-" : ""}$${grouped(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, "0")}`;
}

/** Whole dollars: "$1,962". */
export function wholeDollars(amount: number): string {
  return `${amount < 0 ? "-" : ""}$${grouped(Math.round(Math.abs(amount)))}`;
}

/** The estimate as text: one line per item with its amount and arithmetic, subtotals, total, ratio. */
export function formatCostEstimate(estimate: CostEstimate, title: string): string[] {
  const width = 28;
  const amount = (line: CostLine) => (line.unpriced ? "not priced" : dollars(line.monthly));
  const row = (line: CostLine) => `  ${line.item.padEnd(width)}${amount(line).padStart(12)}  ${line.basis}`;
  const subtotal = (label: string, amount: number) => `  ${label.padEnd(width)}${dollars(amount).padStart(12)}`;
  const primary = estimate.regions[0]!;
  return [
    `${title}: monthly cost estimate, prices as of ${estimate.asOf}`,
    `Source: ${estimate.source}`,
    `Assumptions (config key costAssumptions): ${costAssumptionSpecs.map(({ key }) => `${key} ${estimate.assumptions[key]}`).join(", ")}`,
    "",
    ...estimate.regions.flatMap((region) => [
      `${region.region} (${region.role}${region.uplift === 0 ? "" : `, prices +${Math.round(region.uplift * 100)} %`})`,
      ...region.lines.map(row),
      subtotal("subtotal", region.subtotal),
      "",
    ]),
    "global",
    ...estimate.global.map(row),
    subtotal("subtotal", estimate.globalSubtotal),
    "",
    `total ${dollars(estimate.total)} a month${estimate.unpriced.length > 0 ? " (without what is not priced)" : ""}; ${primary.region} alone (no replication, no global routing) ${dollars(estimate.singleRegion.total)}: ${estimate.ratio.toFixed(1)}x one region`,
    ...(estimate.release
      ? [`during a release (blueGreen.releasing: both colors at full size) ${dollars(estimate.release.daily)} a day more, ${dollars(estimate.release.monthly)} over a whole month: ${estimate.release.basis}`]
      : []),
    ...estimate.notes,
  ];
}

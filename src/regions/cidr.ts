/** Region code -> its VPC block, e.g. { "us-east-1": "10.0.0.0/16" }. */
export type CidrPlan = Record<string, string>;

const blockPattern = /^10\.(\d{1,3})\.0\.0\/16$/;

function slotOf(block: string): number | undefined {
  const match = blockPattern.exec(block);
  const slot = match ? Number(match[1]) : Number.NaN;
  return slot >= 0 && slot <= 255 ? slot : undefined;
}

const blockFor = (slot: number) => `10.${slot}.0.0/16`;

/**
 * One non-overlapping /16 per region inside 10.0.0.0/8. Regions already in `previous` keep their block,
 * so adding or removing a region never renumbers (and so never replaces) another region's network.
 */
export function planCidrs(regions: readonly string[], previous: CidrPlan = {}): CidrPlan {
  const used = new Set<number>();
  const plan: CidrPlan = {};
  for (const region of regions) {
    const kept = previous[region];
    const slot = kept === undefined ? undefined : slotOf(kept);
    if (slot !== undefined && !used.has(slot)) {
      used.add(slot);
      plan[region] = blockFor(slot);
    }
  }
  let next = 0;
  for (const region of regions) {
    if (plan[region]) continue;
    while (used.has(next)) next++;
    if (next > 255) throw new Error("no free /16 block left in 10.0.0.0/8");
    used.add(next);
    plan[region] = blockFor(next);
  }
  return Object.fromEntries(regions.map((region) => [region, plan[region]!]));
}

/** A stored plan is usable when every block is a 10.x.0.0/16 and no two regions share one. */
export function cidrPlanProblem(plan: CidrPlan): string | undefined {
  const seen = new Map<number, string>();
  for (const [region, block] of Object.entries(plan)) {
    const slot = slotOf(block);
    if (slot === undefined) return `${region} has "${block}"; allowed: 10.<0-255>.0.0/16`;
    const other = seen.get(slot);
    if (other) return `${region} and ${other} both have ${block}; every region needs its own block`;
    seen.set(slot, region);
  }
  return undefined;
}

import { bucketItems, plural, usd, type CostItem } from "../../../scripts/cost-model.js";
import type { FailoverPart } from "../../../scripts/failover-model.js";
import type { ObjectsCostContext } from "../contract.js";

/** What the estimates need of a module that replicates the buckets (src/objects/shared/replication.ts). */
export interface ReplicationSettings {
  /** "bidirectional": every bucket to every other; "one-way": the primary's bucket to the others. */
  replication: "bidirectional" | "one-way";
  /** S3 Replication Time Control is on. */
  replicationTimeControl: boolean;
}

/** A region's buckets: its versions (under bidirectional replication every region's writes reach it) and its replication. */
export function replicationCostItems(config: ReplicationSettings, context: ObjectsCostContext): CostItem[] {
  const { regionCount, primary, alone, prices, assumptions: a } = context;
  // Versions reaching this bucket a month: its own region's writes, and under bidirectional replication
  // every other region's too (one-way: the primary's only).
  const items = bucketItems(config.replication === "bidirectional" && !alone ? regionCount : 1, context);
  // One-way: only the primary's bucket replicates; both ways: every bucket, to every other region.
  const replicates = config.replication === "bidirectional" || primary;
  const destinations = replicates && !alone ? regionCount - 1 : 0;
  if (destinations > 0) {
    const rtc = config.replicationTimeControl ? prices.s3.replicationTimeControlPerGb : 0;
    items.push(["S3 replication", a.objectWritesGb * destinations * (prices.interRegionPerGb + rtc),
      `${a.objectWritesGb} GB x ${plural(destinations, "destination")} x ${usd(prices.interRegionPerGb)}/GB${rtc ? ` + RTC ${usd(rtc)}/GB` : ""}`]);
  }
  return items;
}

/** The failover estimate's figure: objects written shortly before a region fails may not have left it. */
export function replicationObjectsLost(config: ReplicationSettings): FailoverPart {
  const direction = config.replication === "bidirectional" ? "every bucket to every other" : "the primary's bucket to the others";
  return {
    label: "objects lost (region failure)",
    estimate: config.replicationTimeControl ? "objects written in the last 15 min at most (99.99 %)" : "objects written in the last minutes (no bound)",
    basis: `S3 replicates ${direction} asynchronously; ` +
      (config.replicationTimeControl
        ? "Replication Time Control replicates 99.99 % of objects within 15 minutes"
        : "most objects replicate within minutes, without a guarantee (Replication Time Control adds one, at a price)"),
  };
}

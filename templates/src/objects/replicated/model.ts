import { bucketItems, plural, usd, type CostItem } from "../../../scripts/cost-model.js";
import type { FailoverPart } from "../../../scripts/failover-model.js";
import type { ObjectsCostContext, ObjectsModel } from "../contract.js";

/** The replication modes, the default first. */
const modes = ["bidirectional", "one-way"] as const;

/** Replication settings: keys of the config section `storage`. */
export interface ObjectsConfig {
  /**
   * "bidirectional": every bucket replicates to every other and replica changes flow back (active-active);
   * "one-way": the primary's bucket replicates to the others, which are read-only copies by convention.
   */
  replication: (typeof modes)[number];
  /** S3 Replication Time Control: 99.99 % of objects within 15 minutes, with metrics (extra cost). Default: false. */
  replicationTimeControl: boolean;
}

const replicationTimeControl = false;

export const objectsModel: ObjectsModel<ObjectsConfig> = {
  readConfig: (section) => ({
    replication: section.oneOf("replication", modes, modes[0]),
    replicationTimeControl: section.flag("replicationTimeControl", replicationTimeControl),
  }),
  // The stack config states the mode chosen; everything else starts at its default.
  initialConfig: (answer) => ({ replication: answer === "one-way" ? "one-way" : "bidirectional", replicationTimeControl }),
  shape: (config) => ({
    replication: config.replication,
    replicationTimeControl: config.replicationTimeControl,
    costItems: (context) => costItems(config, context),
    failover: [objectsLost(config)],
  }),
  // Under one-way replication only the primary's bucket is written: a secondary's copy is read-only to
  // its apps, whose writes there would never reach another region.
  bucketAccess: (config, region, primaryRegion) => (config.replication === "one-way" && region !== primaryRegion ? "read" : "read-write"),
};

/** A region's buckets: its versions (under bidirectional replication every region's writes reach it) and its replication. */
function costItems(config: ObjectsConfig, context: ObjectsCostContext): CostItem[] {
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
function objectsLost(config: ObjectsConfig): FailoverPart {
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

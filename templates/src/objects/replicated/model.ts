import type { ObjectsModel } from "../contract.js";
import { replicationCostItems, replicationObjectsLost } from "../shared/replication-model.js";

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
    costItems: (context) => replicationCostItems(config, context),
    failover: [replicationObjectsLost(config)],
  }),
  // Under one-way replication only the primary's bucket is written: a secondary's copy is read-only to
  // its apps, whose writes there would never reach another region.
  bucketAccess: (config, region, primaryRegion) => (config.replication === "one-way" && region !== primaryRegion ? "read" : "read-write"),
};

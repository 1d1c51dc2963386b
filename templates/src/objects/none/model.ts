import { bucketItems } from "../../../scripts/cost-model.js";
import type { ObjectsModel } from "../contract.js";

/** Without replication the `storage` section has no replication keys. */
export type ObjectsConfig = Record<never, never>;

export const objectsModel: ObjectsModel<ObjectsConfig> = {
  readConfig: () => ({}),
  initialConfig: () => ({}),
  shape: () => ({
    replication: "none",
    replicationTimeControl: false,
    // Each bucket keeps the versions its own region's writes replace; nothing crosses regions.
    costItems: (context) => bucketItems(1, context),
    failover: [],
  }),
  // Not replicated: each bucket is its own region's, read and written there.
  bucketAccess: () => "read-write",
};

import type { ObjectsModel } from "../contract.js";

/** Without replication the `storage` section has no replication keys. */
export type ObjectsConfig = Record<never, never>;

export const objectsModel: ObjectsModel<ObjectsConfig> = {
  readConfig: () => ({}),
  initialConfig: () => ({}),
  shape: () => ({ replication: "none", replicationTimeControl: false }),
  // Not replicated: each bucket is its own region's, read and written there.
  bucketAccess: () => "read-write",
};

import type { Fail } from "../config-values.js";
import type { DeploymentShape } from "../../scripts/deployment-shape.js";
import type { FailoverShape } from "../../scripts/failover-model.js";

/**
 * What every database module's model.ts exports: the pure half of the module, which `npm run cost`
 * and the generator's estimate run as well as the stack. No @pulumi import here or in a model.
 */
export interface DatabaseModel<Settings extends object> {
  /** Reads and validates the module's config keys (e.g. `aurora`), with their defaults. */
  parseDatabaseSettings(input: DatabaseConfigInput): Settings;
  /** The database's part of what the bill counts, and its figures of the failover estimate. */
  databaseShapes(settings: Settings, regionCount: number): DatabaseShapes;
}

/** What a database module's model reads. */
export interface DatabaseConfigInput {
  /** One config key of the project, e.g. "aurora"; undefined when it is not set. */
  get: (key: string) => unknown;
  /** The stack's region codes, the primary first. */
  regions: string[];
  /** Every region the project knows, for a database that runs in some of them only. */
  catalog: Readonly<Record<string, { cockroachPlans: readonly string[] }>>;
  fail: Fail;
}

export interface DatabaseShapes {
  cost: DeploymentShape["database"];
  failover: FailoverShape["database"];
}

import type { Fail } from "../config-values.js";
import type { CostAssumptions } from "../../scripts/cost-assumptions.js";
import type { CostItem, CostLine, ExtendedSupport } from "../../scripts/cost-model.js";
import type { DeploymentShape } from "../../scripts/deployment-shape.js";
import type { FailoverShape } from "../../scripts/failover-model.js";
import type { PriceTable } from "../../scripts/prices.js";

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
  catalog: Readonly<Record<string, CatalogRegion>>;
  fail: Fail;
}

/** What a database module may read of a region in the catalog: where its service is offered. */
export interface CatalogRegion {
  /** CockroachDB Cloud plans that place nodes in the region. */
  cockroachPlans: readonly string[];
  /** The Aurora DSQL multi-Region set of the region; none where DSQL offers no multi-Region cluster. */
  dsqlRegionSet?: string;
}

export interface DatabaseShapes {
  cost: DeploymentShape["database"];
  failover: FailoverShape["database"];
}

/** What the database adds to one region's resource counts (scripts/deployment-shape.ts). */
export interface DatabaseCounts {
  databaseInstances: number;
  kmsKeys: number;
  /** Secrets Manager secrets: the credentials, the region's copy. */
  secrets: number;
  /** Alarms of the database in the region (e.g. replication lag on a secondary). */
  alarms: number;
}

/** What the cost model tells a database module about the region it prices. */
export interface DatabaseRegionContext {
  /** The region priced, e.g. "eu-west-1": for a price that differs by region. */
  region: string;
  /** A secondary of a multi-region deployment (false for the primary and for the single-region comparison). */
  secondary: boolean;
  prices: PriceTable;
  assumptions: CostAssumptions;
  /** An AWS item with the region's price uplift applied (a non-AWS price, e.g. CockroachDB Cloud's, takes none). */
  withUplift(item: CostItem): CostLine;
}

/**
 * The database's part of the cost model's shape, from its module's model.ts: the cost model calls it
 * and names no database. `engine` labels it only.
 */
export interface DatabaseCost {
  engine: string;
  counts(secondary: boolean): DatabaseCounts;
  /** Its billed lines in one region (before the credentials secret, which the counts carry). */
  regionLines(context: DatabaseRegionContext): CostLine[];
  /** Its billed lines once for the deployment. */
  globalLines(prices: PriceTable): CostLine[];
  /** A charge that may start later (Aurora's Extended Support): the figures and the note that explains them. */
  extendedSupport?(regions: readonly string[], prices: PriceTable): { estimate: ExtendedSupport; note: string };
  /** Notes after the others, e.g. which price to check against a quote. */
  notes?(): string[];
}

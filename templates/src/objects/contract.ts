/**
 * What every object-replication module (src/objects/<module>/) provides. The stack, the config parser
 * and the cost scripts reach the chosen module through src/objects/index.ts (its resources) and
 * src/objects/model.ts (its config and estimate shape). Types only, without the Pulumi SDK, so that
 * `npm run cost` stays light.
 */

import type { CostAssumptions } from "../../scripts/cost-assumptions.js";
import type { CostItem } from "../../scripts/cost-model.js";
import type { FailoverPart } from "../../scripts/failover-model.js";
import type { PriceTable } from "../../scripts/prices.js";

/** What the cost model tells a module about the region whose buckets it prices. */
export interface ObjectsCostContext {
  /** Regions of the deployment. */
  regionCount: number;
  /** The region is the primary. */
  primary: boolean;
  /** The single-region comparison: the region stands alone, nothing replicates. */
  alone: boolean;
  /** Days an overwritten or deleted version is kept (config storage.noncurrentVersionDays). */
  noncurrentVersionDays: number;
  prices: PriceTable;
  assumptions: CostAssumptions;
}

/**
 * How object replication enters the cost and failover estimates (scripts/): the module prices its
 * part, so the cost and failover models name no module.
 */
export interface ObjectsShape {
  replication: "none" | "one-way" | "bidirectional";
  /** S3 Replication Time Control is on (a 15-minute target, billed per GB). */
  replicationTimeControl: boolean;
  /** The region's bucket lines before its price uplift: storage, kept versions, replication. */
  costItems(context: ObjectsCostContext): CostItem[];
  /** What a region failure loses of the objects; none without replication. */
  failover: FailoverPart[];
  /**
   * Why the apps' S3 traffic (costAssumptions.s3TrafficGb) cannot take the free S3 gateway endpoint,
   * when it cannot: the module's cost items then bill that traffic's NAT processing, and the endpoint
   * line claims no saving, so each GB is counted once. Absent: the traffic takes the endpoint.
   */
  gatewayEndpointBypass?: string;
}

/** What a region's app tier may do with its region's bucket. */
export type BucketAccess = "read-write" | "read";

/** The reads of the `storage` config section a module makes (src/config-values.ts `configSection`). */
export interface StorageSection {
  flag(name: string, fallback: boolean): boolean;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
}

/** The pure half of a module (its model.ts): config, estimate shape and bucket access, no resources. */
export interface ObjectsModel<Config> {
  /** Reads the module's keys of the `storage` section, each at its default when unset. */
  readConfig(section: StorageSection): Config;
  /** The module's config in a stack generated for this `objectReplication` answer (the generator's estimates use it). */
  initialConfig(answer: string): Config;
  shape(config: Config): ObjectsShape;
  /** Whether the apps in `region` may write its bucket: only where a write reaches every region that must see it. */
  bucketAccess(config: Config, region: string, primaryRegion: string): BucketAccess;
}

/** One region's bucket, as the module receives it. */
export interface RegionBucket<Provider, Bucket> {
  /** AWS region code of the bucket. */
  region: string;
  /** That region's provider. */
  provider: Provider;
  bucket: Bucket;
}

/** The app tier, for a module whose apps reach objects beyond their own region's bucket. */
export interface ObjectsAppTier<Value> {
  /** Name of the instance role (one role, IAM is global): such a module attaches its own policy to it. */
  roleName: Value;
  /** Each region's VPC: grants hold only for credentials delivered to instances in one of them. */
  vpcIds: Value[];
}

/** The input of a module's `createObjects`. */
export interface ObjectsArgs<Config, Provider, Bucket, Value = unknown> {
  /** The regional buckets, the primary's first. */
  buckets: RegionBucket<Provider, Bucket>[];
  /** The module's part of the `storage` config. */
  config: Config;
  /** Region of the primary bucket. */
  primaryRegion: string;
  /** Provider for global resources (IAM): the primary region's. */
  globalProvider: Provider;
  /** The app tier's role and VPCs. */
  app: ObjectsAppTier<Value>;
}

/** What a module's `createObjects` returns to the stack. */
export interface Objects<Value = unknown> {
  /** Access of the apps of `region` to that region's bucket. */
  bucketAccess(region: string): BucketAccess;
  /**
   * What every region's app settings (src/app-settings.ts) carry beside the region's bucket, under
   * `objects`: e.g. a global endpoint the apps use instead. Default: nothing (the apps use their bucket).
   */
  settings?: Record<string, Value>;
}

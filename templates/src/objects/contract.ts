/**
 * What every object-replication module (src/objects/<module>/) provides. The stack, the config parser
 * and the cost scripts reach the chosen module through src/objects/index.ts (its resources) and
 * src/objects/model.ts (its config and estimate shape). Types only, without the Pulumi SDK, so that
 * `npm run cost` stays light.
 */

/** How object replication enters the cost and failover estimates (scripts/). */
export interface ObjectsShape {
  replication: "none" | "one-way" | "bidirectional";
  /** S3 Replication Time Control is on (a 15-minute target, billed per GB). */
  replicationTimeControl: boolean;
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
  /** The module's config in a stack generated for this answer (the generator's estimates use it). */
  initialConfig(answer: ObjectsShape["replication"]): Config;
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

/** The input of a module's `createObjects`. */
export interface ObjectsArgs<Config, Provider, Bucket> {
  /** The regional buckets, the primary's first. */
  buckets: RegionBucket<Provider, Bucket>[];
  /** The module's part of the `storage` config. */
  config: Config;
  /** Region of the primary bucket. */
  primaryRegion: string;
  /** Provider for global resources (IAM): the primary region's. */
  globalProvider: Provider;
}

/** What a module's `createObjects` returns to the stack. */
export interface Objects {
  /** Access of the apps of `region` to that region's bucket. */
  bucketAccess(region: string): BucketAccess;
}

import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { StackConfig } from "../config";
import type { Providers } from "../providers";
export type { DatabaseConfigInput, DatabaseModel, DatabaseShapes } from "./model-contract";

/** What a region gives the database, whichever it is. */
export interface DatabaseRegion {
  /** AWS region code, e.g. "eu-west-1". */
  region: string;
  /** That region's provider. */
  provider: aws.Provider;
  /** The region's VPC. */
  vpcId: pulumi.Input<string>;
  /** Isolated database subnets, one per availability zone. */
  databaseSubnetIds: pulumi.Input<string>[];
  /** Public addresses of the region's NAT gateways: the app tier's source addresses on the internet. */
  natPublicIps: pulumi.Input<string>[];
  /** Instance security groups of every app tier of the region: the only sources a database should admit. */
  appSecurityGroupIds: pulumi.Input<string>[];
  /** The region's alarm topic. */
  alarmTopicArn: pulumi.Input<string>;
}

/** What every database module's factory, `createDatabase`, receives. */
export interface DatabaseArgs {
  /** The stack config: the module reads its own settings there (config key `aurora`, `cockroach`, ...) and `protect`. */
  config: StackConfig;
  /** Every provider of the stack, for a module that needs one beyond its regions' (a home region, say). */
  providers: Providers;
  /** The bootstrap primary: the region created read-write first. */
  primary: DatabaseRegion;
  /** The other regions, in config order. */
  secondaries: DatabaseRegion[];
}

/**
 * What one region's app tier gets of the database: entries of the region's settings document and an
 * IAM grant, both the region's own (src/app-settings.ts, src/app-access.ts). A database with
 * credentials hands out its secret's ARN and read access to it; one with IAM authentication, its
 * endpoint and the permission to connect.
 */
export interface DatabaseAppAccess {
  /**
   * Entries of the region's settings document, e.g. `databaseSecretArn` or `databaseEndpoint`:
   * names and addresses only, since the parameter is not secret.
   */
  settings: Record<string, pulumi.Input<string>>;
  /** IAM actions the region's instances need on `resources`, e.g. secretsmanager:GetSecretValue. */
  actions: string[];
  /** What the actions apply to: the region's own secret or cluster, never a wildcard. */
  resources: pulumi.Input<string>[];
}

/** What the stack needs of a database, whichever it is ("none" is one). */
export interface Database {
  /** What the app tier of `region` gets of the database; undefined when it gets nothing (no database). */
  appAccess(region: string): DatabaseAppAccess | undefined;
  /** The database's stack outputs; undefined adds no `database` output. */
  outputs(): Record<string, unknown> | undefined;
}

/**
 * The factory every database module exports as `createDatabase`: src/stack.ts calls the chosen one
 * through src/database/index.ts. Names, types and parents of what it creates are part of a deployed
 * stack: changing one replaces the resource.
 */
export type DatabaseFactory<T extends Database> = (args: DatabaseArgs) => T;

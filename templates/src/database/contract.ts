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
 * What the stack needs of a database, whichever it is ("none" is one). Not every database has
 * credentials: the app tier gets a secret ARN only where `secretArns` has one.
 */
export interface Database {
  /** ARN of each region's credentials secret, for that region's app tier; empty without credentials. */
  secretArns: Record<string, pulumi.Output<string>>;
  /** The database's stack outputs; undefined adds no `database` output. */
  outputs(): Record<string, unknown> | undefined;
}

/**
 * The factory every database module exports as `createDatabase`: src/stack.ts calls the chosen one
 * through src/database/index.ts. Names, types and parents of what it creates are part of a deployed
 * stack: changing one replaces the resource.
 */
export type DatabaseFactory<T extends Database> = (args: DatabaseArgs) => T;

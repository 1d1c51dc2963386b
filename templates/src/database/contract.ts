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
  config: StackConfig;
  providers: Providers;
  /** The bootstrap primary: the region created read-write first. */
  primary: DatabaseRegion;
  /** The other regions, in config order. */
  secondaries: DatabaseRegion[];
}

/** What the stack needs of a database, whichever it is (none is one). */
export interface Database {
  /** ARN of each region's credentials secret, for that region's app tier; empty without credentials. */
  secretArns: Record<string, pulumi.Output<string>>;
  /** The database's stack outputs; undefined adds no `database` output. */
  outputs(): Record<string, unknown> | undefined;
}

/** The factory every database module exports as `createDatabase`. */
export type DatabaseFactory<T extends Database> = (args: DatabaseArgs) => T;

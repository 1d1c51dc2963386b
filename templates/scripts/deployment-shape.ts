import type { DatabaseCost } from "../src/database/model-contract.js";
import type { ObjectsShape } from "../src/objects/contract.js";
import type { HealthCheckCounts, TrafficCost } from "../src/traffic/model-contract.js";

export type Routing = "latency" | "geolocation" | "weighted" | "failover";
/** Every routing policy; a traffic module carries out all of them or names its own (its model's trafficRoutings). */
export const allRoutings: readonly Routing[] = ["latency", "geolocation", "weighted", "failover"];

/** What the stack deploys, as far as the bill is concerned. */
export interface DeploymentShape {
  /** Primary first; availabilityZones counts the zones the stack config pins. */
  regions: { region: string; role: "primary" | "secondary"; availabilityZones: number }[];
  app: {
    instanceType: string;
    /** Instances per fleet. */
    desiredCapacity: number;
    /** Fleets per region: 1, or 2 with blue/green (behind the region's one load balancer). */
    fleets: number;
    /** With 2 fleets: instances per region of the color without traffic between releases (config blueGreen.idleInstances). */
    idleInstances: number;
    rootVolumeGib: number;
  };
  natGateways: "per-az" | "single";
  https: boolean;
  /** Interface endpoints for Session Manager in every zone (config network.ssmEndpoints). */
  ssmEndpoints: boolean;
  /** Days the regional log buckets keep access logs and flow logs (config logRetentionDays). */
  logRetentionDays: number;
  /** The traffic module's part (src/traffic/<provider>/model.ts): its counts and billed lines. */
  routing: TrafficCost;
  /** The database module's part (src/database/<value>/model.ts): its counts and billed lines. */
  database: DatabaseCost;
  /** Every region has a bucket; replication copies objects between them. */
  objects: ObjectsShape & {
    /** Days an overwritten or deleted version is kept (config storage.noncurrentVersionDays). */
    noncurrentVersionDays: number;
  };
  /** Minutes a game day cuts a region off (config gameDay.durationMinutes): billed per run, not monthly. */
  gameDayMinutes: number;
}

/** Size factor against `.large`: the sizes of an instance family are priced in proportion. */
function sizeFactor(size: string): number | undefined {
  const small: Record<string, number> = { nano: 1 / 16, micro: 1 / 8, small: 1 / 4, medium: 1 / 2, large: 1, xlarge: 2 };
  if (small[size] !== undefined) return small[size];
  const multiple = /^(\d+)xlarge$/.exec(size);
  return multiple ? 2 * Number(multiple[1]) : undefined;
}

/** vCPUs of a memory-optimized (db.r*) instance class: 2 at `.large`, in proportion above; undefined for db.serverless. */
export function instanceVcpus(instanceClass: string): number | undefined {
  const factor = sizeFactor(instanceClass.split(".")[2] ?? "");
  return instanceClass === "db.serverless" || factor === undefined ? undefined : 2 * factor;
}

/** Hourly price of an instance type from the `.large` price of its family; undefined when the table lacks it. */
export function findHourlyPrice(type: string, largeHourly: Record<string, number>): number | undefined {
  const [family = "", size = ""] = type.replace(/^db\./, "").split(".");
  const large = largeHourly[family];
  const factor = sizeFactor(size);
  return large === undefined || factor === undefined ? undefined : large * factor;
}

/** What to add to scripts/prices.ts so that `type` gets a price. */
export function missingPrice(type: string, table: string): string {
  const [family = "", size = ""] = type.replace(/^db\./, "").split(".");
  if (sizeFactor(size) === undefined) {
    return `no price for ${type}: ${table} in scripts/prices.ts prices sizes nano to <n>xlarge from their family's .large price, not ${size}`;
  }
  return `no price for ${type}: add the hourly price of ${type.startsWith("db.") ? "db." : ""}${family}.large to ${table} in scripts/prices.ts`;
}

/** Interface endpoints Session Manager needs (src/endpoints.ts: ssm, ssmmessages, ec2messages), each billed per zone. */
export const sessionManagerEndpoints = 3;

/** Resources the bill counts, per region and in total; the project's tests compare them with its resource graph. */
export interface ResourceCounts {
  instances: number;
  loadBalancers: number;
  natGateways: number;
  publicIpv4: number;
  databaseInstances: number;
  kmsKeys: number;
  /** Secrets Manager secrets: the database credentials, one per region. */
  secrets: number;
  buckets: number;
  /** The access-log and flow-log bucket, its VPC flow log and the S3 gateway endpoint (free). */
  logBuckets: number;
  flowLogs: number;
  gatewayEndpoints: number;
  /** Session Manager's interface endpoints, each with a network interface per zone. */
  interfaceEndpoints: number;
  /** CloudWatch alarms in the region (load balancers, replication lag, game day, region switch). */
  alarms: number;
}

export function regionalCounts(shape: DeploymentShape, region: DeploymentShape["regions"][number], alone = false): ResourceCounts {
  const fleets = shape.app.fleets;
  const natGateways = shape.natGateways === "per-az" ? region.availabilityZones : 1;
  const secondary = region.role === "secondary" && !alone;
  const database = shape.database.counts(secondary);
  return {
    // The color with traffic runs the fleet; the other one its idle instances between releases.
    instances: shape.app.desiredCapacity + (fleets - 1) * shape.app.idleInstances,
    // One load balancer per region, whatever the fleets behind it.
    loadBalancers: 1,
    natGateways,
    // Elastic IPs of the NAT gateways, and the load balancer's address in each zone unless it is internal.
    publicIpv4: natGateways + (shape.routing.internalLoadBalancers && !alone ? 0 : region.availabilityZones),
    databaseInstances: database.databaseInstances,
    kmsKeys: database.kmsKeys,
    secrets: database.secrets,
    buckets: 1,
    logBuckets: 1,
    flowLogs: 1,
    gatewayEndpoints: 1,
    interfaceEndpoints: shape.ssmEndpoints ? sessionManagerEndpoints : 0,
    // 5xx from the load balancer; per fleet 5xx from the application and unhealthy hosts; the database's
    // (lag on each Aurora secondary); the game day's users-affected alarm; and the metric switch of the region before it.
    alarms: 1 + fleets * 2 + database.alarms + (alone ? 0 : 1 + shape.routing.regionAlarms),
  };
}

/** Instances a release adds in each region: the idle color grows to the full fleet while blueGreen.releasing is true. */
export function releaseInstances(shape: DeploymentShape): number {
  return (shape.app.fleets - 1) * Math.max(0, shape.app.desiredCapacity - shape.app.idleInstances);
}

export function healthCheckCounts(shape: DeploymentShape): HealthCheckCounts {
  return shape.routing.healthChecks(shape.regions.length);
}

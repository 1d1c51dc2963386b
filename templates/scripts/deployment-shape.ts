export type Routing = "latency" | "geolocation" | "weighted" | "failover";

/** What the stack deploys, as far as the bill is concerned. */
export interface DeploymentShape {
  /** Primary first. */
  regions: { region: string; role: "primary" | "secondary"; availabilityZones: number }[];
  app: {
    instanceType: string;
    /** Instances per fleet. */
    desiredCapacity: number;
    /** Fleets per region: 1, or 2 with blue/green (each with its own load balancer). */
    fleets: number;
    rootVolumeGib: number;
  };
  natGateways: "per-az" | "single";
  https: boolean;
  routing: {
    dns: "route53" | "cloudflare";
    policy: Routing;
    /** Seconds between health checks. */
    requestInterval: number;
  };
  database:
    | { engine: "none" }
    | { engine: "aurora-global"; instanceClass: string; instances: number; serverlessMinCapacity: number; serverlessMaxCapacity: number }
    | { engine: "cockroachdb"; plan: "ADVANCED" | "STANDARD"; nodesPerRegion: number; vCpusPerNode: number; provisionedVirtualCpus: number };
  objects: { replication: "none" | "one-way" | "bidirectional"; replicationTimeControl: boolean };
}

/** Zones a region offers to new accounts, where fewer than the usual three or more. */
export const regionsWithFewerZones: Record<string, number> = { "us-west-1": 2 };

/** Zones the stack uses in a region: as configured, at most what the region has. */
export function zonesUsed(region: string, configured: number): number {
  return Math.min(configured, regionsWithFewerZones[region] ?? configured);
}

/** Size factor against `.large`: the sizes of an instance family are priced in proportion. */
function sizeFactor(size: string): number | undefined {
  const small: Record<string, number> = { nano: 1 / 16, micro: 1 / 8, small: 1 / 4, medium: 1 / 2, large: 1, xlarge: 2 };
  if (small[size] !== undefined) return small[size];
  const multiple = /^(\d+)xlarge$/.exec(size);
  return multiple ? 2 * Number(multiple[1]) : undefined;
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

/** Resources the bill counts, per region and in total; the project's tests compare them with its resource graph. */
export interface ResourceCounts {
  instances: number;
  loadBalancers: number;
  natGateways: number;
  publicIpv4: number;
  databaseInstances: number;
  kmsKeys: number;
  buckets: number;
  /** CloudWatch alarms in the region (load balancers, replication lag). */
  alarms: number;
}

export function regionalCounts(shape: DeploymentShape, region: DeploymentShape["regions"][number], alone = false): ResourceCounts {
  const fleets = shape.app.fleets;
  const natGateways = shape.natGateways === "per-az" ? region.availabilityZones : 1;
  const aurora = shape.database.engine === "aurora-global";
  const secondary = region.role === "secondary" && !alone;
  return {
    instances: fleets * shape.app.desiredCapacity,
    loadBalancers: fleets,
    natGateways,
    // Elastic IPs of the NAT gateways, and an internet-facing load balancer's address in each zone.
    publicIpv4: natGateways + fleets * region.availabilityZones,
    databaseInstances: shape.database.engine === "aurora-global" ? shape.database.instances : 0,
    kmsKeys: aurora ? 1 : 0,
    buckets: shape.objects.replication === "none" ? 0 : 1,
    // 5xx from the load balancer, 5xx from the application, unhealthy hosts; lag on each Aurora secondary.
    alarms: fleets * 3 + (aurora && secondary ? 1 : 0),
  };
}

/** Route53 health checks (one per fleet per region, each with an alarm in us-east-1); none with Cloudflare. */
export function healthCheckCount(shape: DeploymentShape): number {
  return shape.routing.dns === "route53" ? shape.regions.length * shape.app.fleets : 0;
}

/**
 * Monthly cost of the deployment, itemized per region and for the global services, from the price
 * table in ./prices.ts and stated usage assumptions. Plain TypeScript with no imports, so that
 * `npm run cost` runs it straight from source.
 */

/** On-demand list prices in USD; see ./prices.ts for the figures, their date and source. */
export interface PriceTable {
  /** When the figures were read; printed with every estimate. */
  asOf: string;
  /** Where they come from; printed with every estimate. */
  source: string;
  /** Hours billed in a month. */
  hoursPerMonth: number;
  /** AWS prices are us-east-1's; a region pays them times (1 + its uplift). */
  regionalUplift: { default: number; regions: Record<string, number> };
  ec2: {
    /** Hourly price of each family's `.large` size; other sizes scale with their size (medium = 1/2, xlarge = 2, 4xlarge = 8). */
    largeHourly: Record<string, number>;
    /** gp3 volumes, per GB-month. */
    gp3GbMonth: number;
  };
  loadBalancer: { hourly: number; lcuHourly: number };
  natGateway: { hourly: number; perGb: number };
  publicIpv4Hourly: number;
  /** Data sent to another AWS region, per GB. */
  interRegionPerGb: number;
  aurora: {
    /** Hourly price of each instance family's `.large` size (db.r6g.large: "r6g"). */
    largeHourly: Record<string, number>;
    serverlessAcuHourly: number;
    storageGbMonth: number;
    ioPerMillion: number;
    /** Writes replicated to each secondary region, per million I/O. */
    replicatedWriteIoPerMillion: number;
  };
  kmsKeyMonthly: number;
  alarmMonthly: number;
  route53: {
    hostedZoneMonthly: number;
    /** Health check of an AWS endpoint. */
    healthCheckMonthly: number;
    /** Each optional feature of a health check: HTTPS, fast (10 s) interval, string matching, latency. */
    healthCheckFeatureMonthly: number;
  };
  s3: { standardGbMonth: number; replicationTimeControlPerGb: number };
  cloudflare: {
    loadBalancerMonthly: number;
    includedOrigins: number;
    extraOriginMonthly: number;
    /** Geo and dynamic (latency) steering. */
    steeringMonthly: number;
    includedQueriesMillions: number;
    perHalfMillionQueries: number;
  };
  cockroachCloud: { advancedVcpuHourly: number; standardVcpuHourly: number };
}

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

/** Usage the estimate assumes: config key `costAssumptions`, every entry optional. */
export interface CostAssumptions {
  loadBalancerCapacityUnits: number;
  natProcessedGb: number;
  crossRegionTransferGb: number;
  databaseStorageGb: number;
  databaseWriteIoPerSecond: number;
  databaseReadIoPerSecond: number;
  auroraServerlessAcu: number;
  objectStorageGb: number;
  objectWritesGb: number;
  dnsQueriesMillions: number;
}

/** Each assumption with its default and meaning (printed with the estimate, listed in the README). */
export const costAssumptionSpecs: { key: keyof CostAssumptions; default: number; meaning: string }[] = [
  { key: "loadBalancerCapacityUnits", default: 1, meaning: "average load-balancer capacity units (LCU) per region, all fleets together" },
  { key: "natProcessedGb", default: 100, meaning: "GB a month through the NAT gateways of each region" },
  { key: "crossRegionTransferGb", default: 100, meaning: "GB a month each region sends to the others (database replication, service calls)" },
  { key: "databaseStorageGb", default: 100, meaning: "GB of Aurora storage, held again in every region" },
  { key: "databaseWriteIoPerSecond", default: 100, meaning: "Aurora write I/O per second, replicated to every secondary" },
  { key: "databaseReadIoPerSecond", default: 100, meaning: "Aurora read I/O per second in each region" },
  { key: "auroraServerlessAcu", default: 2, meaning: "average capacity units of each db.serverless instance (kept within its min and max)" },
  { key: "objectStorageGb", default: 100, meaning: "GB in each region's bucket (every bucket holds a full copy)" },
  { key: "objectWritesGb", default: 10, meaning: "GB a month written to each replicating bucket, copied to the others" },
  { key: "dnsQueriesMillions", default: 10, meaning: "million DNS queries a month for the service's name" },
];

export const defaultCostAssumptions: CostAssumptions = Object.fromEntries(
  costAssumptionSpecs.map(({ key, default: value }) => [key, value]),
) as unknown as CostAssumptions;

/** Reads config key `costAssumptions` (an object of non-negative numbers); errors name the key and value. */
export function parseCostAssumptions(value: unknown, key = "costAssumptions"): CostAssumptions {
  if (value === undefined || value === null) return { ...defaultCostAssumptions };
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`config ${key} is ${JSON.stringify(value)}; allowed: an object`);
  const given = value as Record<string, unknown>;
  const known = costAssumptionSpecs.map((spec) => spec.key as string);
  const unknown = Object.keys(given).find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw new Error(`config ${key}.${unknown} is ${JSON.stringify(given[unknown])}; allowed: one of the keys ${known.join(", ")}`);
  }
  const assumptions = { ...defaultCostAssumptions };
  for (const spec of costAssumptionSpecs) {
    const raw = given[spec.key];
    if (raw === undefined) continue;
    // `pulumi config set --path` stores numbers as text.
    const number = typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (typeof number !== "number" || !Number.isFinite(number) || number < 0) {
      throw new Error(`config ${key}.${spec.key} is ${JSON.stringify(raw)}; allowed: a number from 0 (${spec.meaning})`);
    }
    assumptions[spec.key] = number;
  }
  return assumptions;
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

/** Hourly price of an instance type from the `.large` price of its family; throws when the table lacks it. */
export function hourlyPrice(type: string, largeHourly: Record<string, number>, table: string): number {
  const [family = "", size = ""] = type.replace(/^db\./, "").split(".");
  const large = largeHourly[family];
  const factor = sizeFactor(size);
  if (large === undefined || factor === undefined) {
    throw new Error(`no price for ${type}: add the hourly price of ${type.startsWith("db.") ? "db." : ""}${family}.large to ${table} in scripts/prices.ts`);
  }
  return large * factor;
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

export interface CostLine {
  item: string;
  monthly: number;
  /** The arithmetic, e.g. "4 x t3.medium x $0.0416/h x 730 h". */
  basis: string;
}

export interface RegionCost {
  region: string;
  role: "primary" | "secondary";
  uplift: number;
  lines: CostLine[];
  subtotal: number;
}

export interface CostEstimate {
  asOf: string;
  source: string;
  assumptions: CostAssumptions;
  regions: RegionCost[];
  global: CostLine[];
  globalSubtotal: number;
  total: number;
  /** The primary region alone: same app tier and database, no replication, no global routing. */
  singleRegion: { lines: CostLine[]; total: number };
  /** total / singleRegion.total */
  ratio: number;
  notes: string[];
}

const sum = (lines: CostLine[]) => lines.reduce((total, line) => total + line.monthly, 0);
/** A unit price as listed, at least to the cent: "$0.0416", "$0.10". */
const usd = (amount: number) => `$${Number(amount.toFixed(2)) === amount ? amount.toFixed(2) : String(amount)}`;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function regionLines(shape: DeploymentShape, region: DeploymentShape["regions"][number], prices: PriceTable, a: CostAssumptions, alone: boolean): { lines: CostLine[]; uplift: number } {
  const hours = prices.hoursPerMonth;
  const uplift = prices.regionalUplift.regions[region.region] ?? prices.regionalUplift.default;
  const factor = 1 + uplift;
  const times = (basis: string) => (uplift === 0 ? basis : basis.includes(" + ") ? `(${basis}) x ${factor.toFixed(2)}` : `${basis} x ${factor.toFixed(2)}`);
  const counts = regionalCounts(shape, region, alone);
  const lines: CostLine[] = [];
  // AWS items pay the region's uplift; CockroachDB Cloud is priced by its own table.
  const aws = (item: string, monthly: number, basis: string) => lines.push({ item, monthly: monthly * factor, basis: times(basis) });
  const { app } = shape;
  const fleets = app.fleets === 1 ? "" : `${app.fleets} fleets x `;

  const instanceHourly = hourlyPrice(app.instanceType, prices.ec2.largeHourly, "ec2.largeHourly");
  aws("instances", counts.instances * instanceHourly * hours, `${fleets}${app.desiredCapacity} x ${app.instanceType} x ${usd(instanceHourly)}/h x ${hours} h`);
  aws("instance volumes", counts.instances * app.rootVolumeGib * prices.ec2.gp3GbMonth,
    `${counts.instances} x ${app.rootVolumeGib} GB gp3 x ${usd(prices.ec2.gp3GbMonth)}/GB-month`);
  aws("load balancers", (counts.loadBalancers * prices.loadBalancer.hourly + a.loadBalancerCapacityUnits * prices.loadBalancer.lcuHourly) * hours,
    `(${counts.loadBalancers} x ${usd(prices.loadBalancer.hourly)}/h + ${a.loadBalancerCapacityUnits} LCU x ${usd(prices.loadBalancer.lcuHourly)}/h) x ${hours} h`);
  aws("NAT gateways", counts.natGateways * prices.natGateway.hourly * hours + a.natProcessedGb * prices.natGateway.perGb,
    `${counts.natGateways} x ${usd(prices.natGateway.hourly)}/h x ${hours} h + ${a.natProcessedGb} GB x ${usd(prices.natGateway.perGb)}/GB`);
  aws("public IPv4", counts.publicIpv4 * prices.publicIpv4Hourly * hours,
    `${counts.publicIpv4} addresses (NAT, load balancer per zone) x ${usd(prices.publicIpv4Hourly)}/h x ${hours} h`);

  const db = shape.database;
  const secondsPerMonth = hours * 3600;
  const millionIo = (perSecond: number) => (perSecond * secondsPerMonth) / 1e6;
  if (db.engine === "aurora-global") {
    if (db.instanceClass === "db.serverless") {
      const acu = Math.min(Math.max(a.auroraServerlessAcu, db.serverlessMinCapacity), db.serverlessMaxCapacity);
      aws("database instances", db.instances * acu * prices.aurora.serverlessAcuHourly * hours,
        `${db.instances} x db.serverless x ${acu} ACU x ${usd(prices.aurora.serverlessAcuHourly)}/ACU-h x ${hours} h`);
    } else {
      const hourly = hourlyPrice(db.instanceClass, prices.aurora.largeHourly, "aurora.largeHourly");
      aws("database instances", db.instances * hourly * hours, `${db.instances} x ${db.instanceClass} x ${usd(hourly)}/h x ${hours} h`);
    }
    // The primary is billed for reads and writes; a secondary for its reads, its replicated writes apart.
    const io = region.role === "primary" || alone ? a.databaseReadIoPerSecond + a.databaseWriteIoPerSecond : a.databaseReadIoPerSecond;
    aws("database storage and I/O", a.databaseStorageGb * prices.aurora.storageGbMonth + millionIo(io) * prices.aurora.ioPerMillion,
      `${a.databaseStorageGb} GB x ${usd(prices.aurora.storageGbMonth)}/GB-month + ${io} I/O/s = ${millionIo(io)} M I/O x ${usd(prices.aurora.ioPerMillion)}/M`);
    if (region.role === "secondary" && !alone) {
      aws("replicated writes", millionIo(a.databaseWriteIoPerSecond) * prices.aurora.replicatedWriteIoPerMillion,
        `${a.databaseWriteIoPerSecond} write I/O/s = ${millionIo(a.databaseWriteIoPerSecond)} M x ${usd(prices.aurora.replicatedWriteIoPerMillion)}/M`);
    }
    aws("KMS keys", counts.kmsKeys * prices.kmsKeyMonthly, `${counts.kmsKeys} x ${usd(prices.kmsKeyMonthly)}/month`);
  } else if (db.engine === "cockroachdb" && db.plan === "ADVANCED") {
    const price = prices.cockroachCloud.advancedVcpuHourly;
    lines.push({
      item: "CockroachDB nodes",
      monthly: db.nodesPerRegion * db.vCpusPerNode * price * hours,
      basis: `${db.nodesPerRegion} nodes x ${db.vCpusPerNode} vCPU x ${usd(price)}/vCPU-h x ${hours} h (CockroachDB Cloud)`,
    });
  }

  if (!alone) {
    aws("cross-region transfer", a.crossRegionTransferGb * prices.interRegionPerGb, `${a.crossRegionTransferGb} GB x ${usd(prices.interRegionPerGb)}/GB`);
  }
  if (shape.objects.replication !== "none") {
    aws("object storage", a.objectStorageGb * prices.s3.standardGbMonth, `${a.objectStorageGb} GB x ${usd(prices.s3.standardGbMonth)}/GB-month`);
    const replicates = shape.objects.replication === "bidirectional" || region.role === "primary";
    const destinations = replicates && !alone ? shape.regions.length - 1 : 0;
    if (destinations > 0) {
      const gb = a.objectWritesGb * destinations;
      const rtc = shape.objects.replicationTimeControl ? prices.s3.replicationTimeControlPerGb : 0;
      aws("S3 replication", gb * (prices.interRegionPerGb + rtc),
        `${a.objectWritesGb} GB x ${plural(destinations, "destination")} x ${usd(prices.interRegionPerGb)}/GB${rtc ? ` + RTC ${usd(rtc)}/GB` : ""}`);
    }
  }
  aws("alarms", counts.alarms * prices.alarmMonthly, `${counts.alarms} x ${usd(prices.alarmMonthly)}/month`);
  return { lines, uplift };
}

function globalLines(shape: DeploymentShape, prices: PriceTable, a: CostAssumptions, alone: boolean): CostLine[] {
  const lines: CostLine[] = [];
  const add = (item: string, monthly: number, basis: string) => lines.push({ item, monthly, basis });
  const origins = shape.regions.length * shape.app.fleets;
  if (shape.routing.dns === "route53") {
    const r53 = prices.route53;
    add("Route53 hosted zone", r53.hostedZoneMonthly, `1 zone x ${usd(r53.hostedZoneMonthly)}/month (shared with the zone's other records)`);
    if (!alone) {
      const checks = healthCheckCount(shape);
      const features = (shape.https ? 1 : 0) + (shape.routing.requestInterval === 10 ? 1 : 0);
      const named = [shape.https ? "HTTPS" : "", shape.routing.requestInterval === 10 ? "10 s interval" : ""].filter(Boolean).join(", ");
      add("Route53 health checks", checks * (r53.healthCheckMonthly + features * r53.healthCheckFeatureMonthly),
        `${checks} x (${usd(r53.healthCheckMonthly)} + ${plural(features, "feature")}${named ? ` (${named})` : ""} x ${usd(r53.healthCheckFeatureMonthly)})/month`);
      add("health-check alarms", checks * prices.alarmMonthly, `${checks} x ${usd(prices.alarmMonthly)}/month, in us-east-1`);
    }
    add("Route53 queries", 0, `${a.dnsQueriesMillions} M queries, all to alias records (load balancers, records of the same zone), which Route53 does not charge`);
  } else if (!alone) {
    const cf = prices.cloudflare;
    const extra = Math.max(0, origins - cf.includedOrigins);
    const steering = shape.routing.policy === "latency" || shape.routing.policy === "geolocation" ? cf.steeringMonthly : 0;
    const halfMillions = Math.ceil(Math.max(0, a.dnsQueriesMillions - cf.includedQueriesMillions) * 2);
    add("Cloudflare load balancing",
      cf.loadBalancerMonthly + extra * cf.extraOriginMonthly + steering + halfMillions * cf.perHalfMillionQueries,
      `${usd(cf.loadBalancerMonthly)} (${cf.includedOrigins} origins) + ${extra} more x ${usd(cf.extraOriginMonthly)}` +
        `${steering ? ` + ${shape.routing.policy} steering ${usd(steering)}` : ""}` +
        ` + ${halfMillions} x 500k queries beyond ${cf.includedQueriesMillions} M x ${usd(cf.perHalfMillionQueries)}`);
  }
  const db = shape.database;
  if (db.engine === "cockroachdb" && db.plan === "STANDARD") {
    const price = prices.cockroachCloud.standardVcpuHourly;
    add("CockroachDB Cloud (Standard)", db.provisionedVirtualCpus * price * prices.hoursPerMonth,
      `${db.provisionedVirtualCpus} provisioned vCPU x ${usd(price)}/vCPU-h x ${prices.hoursPerMonth} h`);
  }
  return lines;
}

/** The monthly estimate: every region's items with its uplift, the global items once, and the ratio to one region. */
export function estimateCost(shape: DeploymentShape, prices: PriceTable, assumptions: CostAssumptions = defaultCostAssumptions): CostEstimate {
  const regions = shape.regions.map((region): RegionCost => {
    const { lines, uplift } = regionLines(shape, region, prices, assumptions, false);
    return { region: region.region, role: region.role, uplift, lines, subtotal: sum(lines) };
  });
  const global = globalLines(shape, prices, assumptions, false);
  const primary = shape.regions[0]!;
  const single = [...regionLines(shape, primary, prices, assumptions, true).lines, ...globalLines(shape, prices, assumptions, true)];
  const total = regions.reduce((all, region) => all + region.subtotal, 0) + sum(global);
  const notes = [
    `AWS prices are us-east-1's; elsewhere they are ${Math.round(prices.regionalUplift.default * 100)} % higher unless scripts/prices.ts lists the region.`,
    "Not included: data transfer to the internet, S3 and SNS requests, CloudWatch metrics and logs, backups beyond the free allowance, CockroachDB Cloud storage and transfer, support plans, taxes.",
  ];
  if (databasePlan(shape) === "STANDARD") notes.push("CockroachDB Standard uses the price in prices.cockroachCloud.standardVcpuHourly: check it against your CockroachDB Cloud quote.");
  return {
    asOf: prices.asOf,
    source: prices.source,
    assumptions,
    regions,
    global,
    globalSubtotal: sum(global),
    total,
    singleRegion: { lines: single, total: sum(single) },
    ratio: total / sum(single),
    notes,
  };
}

function databasePlan(shape: DeploymentShape): string {
  return shape.database.engine === "cockroachdb" ? shape.database.plan : shape.database.engine;
}

/** "$1,234.56" */
export function dollars(amount: number): string {
  return `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The estimate as text: one line per item with its amount and arithmetic, subtotals, total, ratio. */
export function formatCostEstimate(estimate: CostEstimate, title: string): string[] {
  const width = 28;
  const row = (line: CostLine) => `  ${line.item.padEnd(width)}${dollars(line.monthly).padStart(12)}  ${line.basis}`;
  const subtotal = (label: string, amount: number) => `  ${label.padEnd(width)}${dollars(amount).padStart(12)}`;
  const primary = estimate.regions[0]!;
  return [
    `${title}: monthly cost estimate, prices as of ${estimate.asOf}`,
    `Source: ${estimate.source}`,
    `Assumptions (config key costAssumptions): ${costAssumptionSpecs.map(({ key }) => `${key} ${estimate.assumptions[key]}`).join(", ")}`,
    "",
    ...estimate.regions.flatMap((region) => [
      `${region.region} (${region.role}${region.uplift === 0 ? "" : `, prices +${Math.round(region.uplift * 100)} %`})`,
      ...region.lines.map(row),
      subtotal("subtotal", region.subtotal),
      "",
    ]),
    "global",
    ...estimate.global.map(row),
    subtotal("subtotal", estimate.globalSubtotal),
    "",
    `total ${dollars(estimate.total)} a month; ${primary.region} alone (no replication, no global routing) ${dollars(estimate.singleRegion.total)}: ${estimate.ratio.toFixed(1)}x one region`,
    ...estimate.notes,
  ];
}

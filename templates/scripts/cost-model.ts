/**
 * Monthly cost of the deployment, itemized per region and for the global services, from the price
 * table in ./prices.ts and the usage assumptions in ./cost-assumptions.ts.
 */
import { defaultCostAssumptions, type CostAssumptions } from "./cost-assumptions.js";
import { findHourlyPrice, missingPrice, regionalCounts, releaseInstances, type DeploymentShape, type ResourceCounts } from "./deployment-shape.js";
import type { PriceTable } from "./prices.js";

export interface CostLine {
  item: string;
  monthly: number;
  /** The arithmetic, e.g. "4 x t3.medium x $0.0416/h x 730 h". */
  basis: string;
  /** Set when the price table lacks what the line needs: what to add. The line counts 0 until then. */
  unpriced?: string;
}

export interface RegionCost {
  region: string;
  role: "primary" | "secondary";
  uplift: number;
  lines: CostLine[];
  subtotal: number;
}

/** RDS Extended Support: enrolled or not, and what it adds a month once billed (undefined for db.serverless). */
export interface ExtendedSupport {
  enrolled: boolean;
  vcpus?: number;
  monthly?: number;
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
  /** What the price table lacks, once each (empty when everything is priced): left out of every total. */
  unpriced: string[];
  /**
   * Aurora only: RDS Extended Support, billed once the major version is past its end of standard
   * support if enrolled (config aurora.extendedSupport); `monthly` at the year 1-2 price, undefined for db.serverless.
   */
  extendedSupport?: ExtendedSupport;
  /**
   * Blue/green: what a release adds on top of `total` while both colors run a full fleet
   * (blueGreen.releasing), a month if it lasted one and a day; undefined with one fleet.
   */
  release?: { monthly: number; daily: number; basis: string };
  notes: string[];
}

const sum = (lines: CostLine[]) => lines.reduce((total, line) => total + line.monthly, 0);
/** A unit price as listed, at least to the cent: "$0.0416", "$0.10". */
export const usd = (amount: number) => `$${Number(amount.toFixed(2)) === amount ? amount.toFixed(2) : String(amount)}`;
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** An item before the region's uplift: [item, monthly, basis, what the price table lacks for it]. */
export type CostItem = [item: string, monthly: number, basis: string, unpriced?: string];
type Item = CostItem;

function appItems(shape: DeploymentShape, counts: ResourceCounts, prices: PriceTable, a: CostAssumptions, alone: boolean): Item[] {
  const hours = prices.hoursPerMonth;
  const { app } = shape;
  // Blue/green between releases: the color with traffic runs the fleet, the other its idle instances.
  const fleets = app.fleets === 1 ? `${app.desiredCapacity}` : `${counts.instances} (${app.desiredCapacity} live, ${app.idleInstances} idle)`;
  const hourly = findHourlyPrice(app.instanceType, prices.ec2.largeHourly);
  const { loadBalancer, natGateway } = prices;
  return [
    hourly === undefined
      ? ["instances", 0, `${fleets} x ${app.instanceType}`, missingPrice(app.instanceType, "ec2.largeHourly")]
      : ["instances", counts.instances * hourly * hours, `${fleets} x ${app.instanceType} x ${usd(hourly)}/h x ${hours} h`],
    ["instance volumes", counts.instances * app.rootVolumeGib * prices.ec2.gp3GbMonth,
      `${counts.instances} x ${app.rootVolumeGib} GB gp3 x ${usd(prices.ec2.gp3GbMonth)}/GB-month`],
    ["load balancers", (counts.loadBalancers * loadBalancer.hourly + a.loadBalancerCapacityUnits * loadBalancer.lcuHourly) * hours,
      `(${counts.loadBalancers} x ${usd(loadBalancer.hourly)}/h + ${a.loadBalancerCapacityUnits} LCU x ${usd(loadBalancer.lcuHourly)}/h) x ${hours} h`],
    ["NAT gateways", counts.natGateways * natGateway.hourly * hours + a.natProcessedGb * natGateway.perGb,
      `${counts.natGateways} x ${usd(natGateway.hourly)}/h x ${hours} h + ${a.natProcessedGb} GB x ${usd(natGateway.perGb)}/GB`],
    ["public IPv4", counts.publicIpv4 * prices.publicIpv4Hourly * hours,
      `${counts.publicIpv4} addresses (NAT${shape.routing.internalLoadBalancers && !alone ? "; the load balancer is internal" : ", load balancer per zone"}) x ${usd(prices.publicIpv4Hourly)}/h x ${hours} h`],
  ];
}

/** The uplift of a region's AWS prices over us-east-1's. */
export const regionUplift = (prices: PriceTable, region: string) => prices.regionalUplift.regions[region] ?? prices.regionalUplift.default;

/** Cents, as a price is written: $2.25. */
const cents = (amount: number) => usd(Math.round(amount * 100) / 100);

/**
 * The S3 gateway endpoint: free, and what it saves at the region's NAT price; nothing where the
 * objects module's requests cannot take it (`bypass`: its cost items bill that traffic's NAT processing).
 */
function s3EndpointLine(a: CostAssumptions, prices: PriceTable, uplift: number, bypass: string | undefined): CostLine {
  const item = "S3 gateway endpoint";
  if (bypass !== undefined) return { item, monthly: 0, basis: `free: carries none of the apps' ${a.s3TrafficGb} GB of S3 traffic (${bypass})` };
  const saved = a.s3TrafficGb * prices.natGateway.perGb * (1 + uplift);
  return { item, monthly: 0, basis: `free: ${a.s3TrafficGb} GB of S3 traffic a month skip NAT processing (${cents(saved)} saved)` };
}

/** The VPC's other paths to AWS services and its logs: Session Manager endpoints (optional), flow logs, log storage. */
function networkItems(shape: DeploymentShape, region: DeploymentShape["regions"][number], counts: ResourceCounts, prices: PriceTable, a: CostAssumptions): Item[] {
  const hours = prices.hoursPerMonth;
  const items: Item[] = [];
  if (counts.interfaceEndpoints > 0) {
    const { zoneHourly } = prices.interfaceEndpoint;
    items.push(["Session Manager endpoints", counts.interfaceEndpoints * region.availabilityZones * zoneHourly * hours,
      `${counts.interfaceEndpoints} endpoints x ${region.availabilityZones} zones x ${usd(zoneHourly)}/h x ${hours} h (data ${usd(prices.interfaceEndpoint.perGb)}/GB, a few MB a day)`]);
  }
  items.push(["flow logs", counts.flowLogs * a.flowLogsGb * prices.flowLogsToS3PerGb, `${a.flowLogsGb} GB delivered to S3 x ${usd(prices.flowLogsToS3PerGb)}/GB`]);
  // Steady state: each month's logs are kept logRetentionDays, so the bucket holds that many days of them.
  const storedGb = ((a.flowLogsGb + a.accessLogsGb) * shape.logRetentionDays) / 30;
  items.push(["log storage", counts.logBuckets * storedGb * prices.s3.standardGbMonth,
    `(${a.flowLogsGb} GB flow + ${a.accessLogsGb} GB access logs) a month kept ${shape.logRetentionDays} days = ${Number(storedGb.toFixed(2))} GB x ${usd(prices.s3.standardGbMonth)}/GB-month`]);
  return items;
}

/**
 * Every region's bucket: its objects, and the versions that `writers` regions' writes replace a month,
 * each kept noncurrentVersionDays. The objects modules' cost items start with these.
 */
export function bucketItems(writers: number, context: { noncurrentVersionDays: number; prices: PriceTable; assumptions: CostAssumptions }): CostItem[] {
  const { prices, assumptions: a, noncurrentVersionDays: days } = context;
  const keptGb = (a.objectWritesGb * writers * days) / 30;
  return [
    ["object storage", a.objectStorageGb * prices.s3.standardGbMonth, `${a.objectStorageGb} GB x ${usd(prices.s3.standardGbMonth)}/GB-month`],
    ["old object versions", keptGb * prices.s3.standardGbMonth,
      `${a.objectWritesGb} GB written a month${writers > 1 ? ` x ${writers} regions` : ""}, kept ${days} days once replaced = ` +
        `${Number(keptGb.toFixed(2))} GB x ${usd(prices.s3.standardGbMonth)}/GB-month`],
  ];
}

/** Traffic between the regions, then the objects module's lines for the region's bucket. */
function transferAndObjectItems(shape: DeploymentShape, primary: boolean, alone: boolean, prices: PriceTable, a: CostAssumptions): Item[] {
  const items: Item[] = [];
  if (!alone) {
    items.push(["cross-region transfer", a.crossRegionTransferGb * prices.interRegionPerGb, `${a.crossRegionTransferGb} GB x ${usd(prices.interRegionPerGb)}/GB`]);
  }
  const { noncurrentVersionDays } = shape.objects;
  items.push(...shape.objects.costItems({ regionCount: shape.regions.length, primary, alone, noncurrentVersionDays, prices, assumptions: a }));
  return items;
}

function regionLines(shape: DeploymentShape, region: DeploymentShape["regions"][number], prices: PriceTable, a: CostAssumptions, alone: boolean): { lines: CostLine[]; uplift: number } {
  const uplift = prices.regionalUplift.regions[region.region] ?? prices.regionalUplift.default;
  const factor = (1 + uplift).toFixed(2);
  // AWS items pay the region's uplift; CockroachDB Cloud is priced by its own table.
  const withUplift = ([item, monthly, basis, unpriced]: Item): CostLine =>
    unpriced !== undefined
      ? { item, monthly: 0, basis, unpriced }
      : {
        item,
        monthly: monthly * (1 + uplift),
        basis: uplift === 0 ? basis : basis.includes(" + ") ? `(${basis}) x ${factor}` : `${basis} x ${factor}`,
      };
  const counts = regionalCounts(shape, region, alone);
  const secondary = region.role === "secondary" && !alone;
  // The single-region comparison has no cross-region endpoint in front of its bucket: the gateway endpoint serves it.
  const bypass = alone ? undefined : shape.objects.gatewayEndpointBypass;
  const lines = [...appItems(shape, counts, prices, a, alone).map(withUplift), s3EndpointLine(a, prices, uplift, bypass), ...networkItems(shape, region, counts, prices, a).map(withUplift)];
  lines.push(...shape.database.regionLines({ region: region.region, secondary, prices, assumptions: a, withUplift }));
  if (counts.secrets > 0) {
    const { secretMonthly } = prices.secretsManager;
    lines.push(withUplift(["database secret", counts.secrets * secretMonthly,
      `${plural(counts.secrets, "Secrets Manager secret")} (the credentials, this region's copy) x ${usd(secretMonthly)}/month`]));
  }
  lines.push(...transferAndObjectItems(shape, region.role === "primary", alone, prices, a).map(withUplift));
  lines.push(withUplift(["alarms", counts.alarms * prices.alarmMonthly, `${counts.alarms} x ${usd(prices.alarmMonthly)}/month`]));
  return { lines, uplift };
}

function globalLines(shape: DeploymentShape, prices: PriceTable, a: CostAssumptions, alone: boolean): CostLine[] {
  const lines: CostLine[] = [];
  const add = (item: string, monthly: number, basis: string) => lines.push({ item, monthly, basis });
  lines.push(...shape.routing.globalLines({ regionCount: shape.regions.length, regions: shape.regions.map(({ region }) => region), https: shape.https, alone, prices, assumptions: a }));
  if (!alone) {
    // The public name's own check is the customer-facing alarm (and the us-east-1 game day's stop condition).
    const r53 = prices.route53;
    const outside = shape.routing.publicEndpointOutsideAws;
    const base = outside ? r53.healthCheckNonAwsMonthly : r53.healthCheckMonthly;
    const features = shape.https ? 1 : 0;
    add("public name check and alarm", base + features * r53.healthCheckFeatureMonthly + prices.alarmMonthly,
      `${usd(base)} (${outside ? "endpoint outside AWS" : "AWS endpoint"})${features ? ` + HTTPS ${usd(r53.healthCheckFeatureMonthly)}` : ""} + alarm ${usd(prices.alarmMonthly)}, per month`);
  }
  lines.push(...shape.database.globalLines(prices));
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
  const unpriced = [...new Set([...regions.flatMap((region) => region.lines), ...global].flatMap((line) => (line.unpriced ? [line.unpriced] : [])))];
  const notes = [
    ...(unpriced.length > 0 ? [`Not priced, so left out of every total: ${unpriced.join("; ")}.`] : []),
    `AWS prices are us-east-1's; elsewhere they are ${Math.round(prices.regionalUplift.default * 100)} % higher unless scripts/prices.ts lists the region.`,
    "Not included: data transfer to the internet, S3, SNS and Secrets Manager requests, CloudWatch metrics and logs, backups beyond the free allowance, CockroachDB Cloud storage and transfer, support plans, taxes.",
    "Old object versions assume every write replaces a version and a 30-day month: an upper bound. The settings parameters are standard SSM parameters, which are free.",
  ];
  const support = shape.database.extendedSupport?.(shape.regions.map(({ region }) => region), prices);
  const extendedSupport = support?.estimate;
  if (support) notes.push(support.note);
  const release = releaseCost(shape, prices);
  const drill = shape.gameDayMinutes;
  notes.push(`A game day (npm run drill) costs ${usd(prices.fis.actionMinute * drill)} a run: ${drill} action-minutes of AWS FIS x ${usd(prices.fis.actionMinute)}; nothing between runs.`);
  notes.push(...(shape.database.notes?.() ?? []));
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
    unpriced,
    ...(release ? { release } : {}),
    ...(extendedSupport ? { extendedSupport } : {}),
    notes,
  };
}

/** The idle color grown to the full fleet in every region, with each region's uplift; none with one fleet. */
function releaseCost(shape: DeploymentShape, prices: PriceTable): CostEstimate["release"] {
  const extra = releaseInstances(shape);
  if (extra === 0) return undefined;
  const hours = prices.hoursPerMonth;
  const hourly = findHourlyPrice(shape.app.instanceType, prices.ec2.largeHourly);
  // An unpriced instance type is named in the notes already.
  if (hourly === undefined) return undefined;
  const perInstance = hourly * hours + shape.app.rootVolumeGib * prices.ec2.gp3GbMonth;
  const monthly = shape.regions.reduce((total, { region }) => {
    const uplift = prices.regionalUplift.regions[region] ?? prices.regionalUplift.default;
    return total + extra * perInstance * (1 + uplift);
  }, 0);
  return {
    monthly,
    daily: (monthly * 24) / hours,
    basis: `${extra} more x ${shape.app.instanceType} and its ${shape.app.rootVolumeGib} GB volume in each of ${shape.regions.length} regions, with each region's prices`,
  };
}

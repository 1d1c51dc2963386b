import { describe, expect, it } from "vitest";
import { parseCostAssumptions } from "../../templates/scripts/cost-assumptions.js";
import { estimateCost, type CostEstimate } from "../../templates/scripts/cost-model.js";
import { formatCostEstimate } from "../../templates/scripts/cost-report.js";
import { findHourlyPrice, missingPrice, type DeploymentShape } from "../../templates/scripts/deployment-shape.js";
import { prices } from "../../templates/scripts/prices.js";
import * as auroraModel from "../../templates/src/database/aurora-global/model.js";
import * as cockroachModel from "../../templates/src/database/cockroachdb/model.js";
import * as cloudflareModel from "../../templates/src/traffic/cloudflare/model.js";
import * as route53Model from "../../templates/src/traffic/route53/model.js";
import { objectsModel as noObjects } from "../../templates/src/objects/none/model.js";
import { objectsModel as replicatedObjects } from "../../templates/src/objects/replicated/model.js";
import { objectsModel as accessPointObjects } from "../../templates/src/objects/access-point/model.js";

// Every expected figure below is computed by hand from templates/scripts/prices.ts (as of 2026-11-01):
// t3.medium $0.0416/h, t3.small $0.0208/h, db.r6g.large $0.26/h, ALB $0.0225/h + $0.008/LCU-h, NAT
// $0.045/h + $0.045/GB, IPv4 $0.005/h, gp3 $0.08/GB-month, Aurora storage $0.10/GB-month and $0.20/M I/O,
// replicated writes $0.20/M, inter-region $0.02/GB, KMS $1, alarm $0.10, Route53 zone $0.50, health
// check $0.50 + $1 per feature, S3 $0.023/GB-month, RTC $0.015/GB, Cloudflare $5 + $5 per origin
// beyond 2 + $10 steering + $0.50 per 500k queries beyond 500k, CockroachDB $0.50/vCPU-h, Secrets
// Manager $0.40 per secret a month, Aurora Extended Support $0.10/vCPU-h (years 1-2), flow logs to S3
// $0.25/GB, interface endpoints $0.01 per zone-hour, 730 h a month, +10 % outside us-east-1, us-east-2
// and us-west-2. Default usage: 1 LCU, 100 GB through NAT, 100 GB cross-region, 100 GB database, 100
// write and 100 read I/O per second, 100 GB per bucket, 10 GB written a month (old versions kept 30
// days, a 30-day month), 10 M DNS queries, 10 GB of flow logs and 1 GB of access logs a month per
// region, kept 90 days.
const hours = 730;
const fail = (key: string, value: unknown, allowed: string): never => {
  throw new Error(`${key} is ${JSON.stringify(value)}; allowed: ${allowed}`);
};
/** The database part of the shape, from its module's model, as in a project: config values over the defaults. */
const aurora = (values: Record<string, unknown>) => auroraModel.databaseShapes({ aurora: auroraModel.parseAuroraConfig(values, fail) }, 2).cost;
/** The routing part of the shape, from its traffic module's model, as in a project. */
const route53 = (routing: "latency" | "weighted", requestInterval: number, regionSwitch: "metric" | "arc") =>
  route53Model.trafficShapes({ routing, healthCheck: { requestInterval, failureThreshold: 3 }, regionSwitch }).deployment;
const cloudflare = (routing: "geolocation", cloudflareProxied: boolean) =>
  cloudflareModel.trafficShapes({ routing, healthCheck: { failureThreshold: 3 }, cloudflareProxied }).deployment;
const cockroachDb = (values: Record<string, unknown>) => cockroachModel.databaseShapes({ cockroach: cockroachModel.parseCockroachConfig(values, fail) }, 3).cost;
const millionIo = (perSecond: number) => (perSecond * hours * 3600) / 1e6; // 100/s -> 262.8 M

/** The pattern document's deployment: 4 x t3.medium and 2 Aurora instances per region, latency routing. */
function patternShape(regions: string[]): DeploymentShape {
  return {
    regions: regions.map((region, i) => ({ region, role: i === 0 ? "primary" : "secondary", availabilityZones: 3 })),
    app: { instanceType: "t3.medium", desiredCapacity: 4, fleets: 1, idleInstances: 0, rootVolumeGib: 20 },
    natGateways: "per-az",
    https: true,
    ssmEndpoints: false,
    logRetentionDays: 90,
    routing: route53("latency", 30, "metric"),
    database: aurora({ instanceClass: "db.r6g.large", instances: 2, serverlessMinCapacity: 0.5, serverlessMaxCapacity: 8, extendedSupport: false }),
    objects: { ...noObjects.shape({}), noncurrentVersionDays: 30 },
    gameDayMinutes: 10,
  };
}

const line = (estimate: CostEstimate, region: string, item: string) => {
  const found = estimate.regions.find((cost) => cost.region === region)?.lines.find((candidate) => candidate.item === item);
  if (!found) throw new Error(`no ${item} in ${region}`);
  return found.monthly;
};
const globalLine = (estimate: CostEstimate, item: string) => {
  const found = estimate.global.find((candidate) => candidate.item === item);
  if (!found) throw new Error(`no global ${item}`);
  return found.monthly;
};
const items = (estimate: CostEstimate, region: string) => estimate.regions.find((cost) => cost.region === region)!.lines.map((l) => l.item);

// Pattern document, per region before uplift:
const instances = 4 * 0.0416 * 730; // 121.472
const volumes = 4 * 20 * 0.08; // 6.40
const loadBalancer = (1 * 0.0225 + 1 * 0.008) * 730; // 22.265
const nat = 3 * 0.045 * 730 + 100 * 0.045; // 103.05
const ipv4 = (3 + 1 * 3) * 0.005 * 730; // 21.90: 3 NAT addresses + the load balancer's in 3 zones
const databaseInstances = 2 * 0.26 * 730; // 379.60
const primaryStorageIo = 100 * 0.1 + millionIo(100 + 100) * 0.2; // 10 + 525.6 M x 0.20 = 115.12
const secondaryStorageIo = 100 * 0.1 + millionIo(100) * 0.2; // 10 + 262.8 M x 0.20 = 62.56
const replicatedWrites = millionIo(100) * 0.2; // 52.56
const crossRegion = 100 * 0.02; // 2.00
const secret = 0.4; // the database credentials, this region's copy
// Every region has a bucket, not replicated here: its objects, and the versions its own writes replace (10 GB x 30/30 days).
const bucket = 100 * 0.023 + 10 * 0.023; // 2.30 + 0.23 = 2.53
// The VPC's logs: 10 GB of flow logs delivered to S3, and 10 + 1 GB a month kept 90 days = 33 GB stored.
const flowLogs = 10 * 0.25; // 2.50
const logStorage = ((10 + 1) * 90) / 30 * 0.023; // 33 GB x 0.023 = 0.759
// The S3 gateway endpoint is free: 0.
// Alarms: the load balancer's 5xx, 2 per fleet (5xx, unhealthy), the game day's users-affected alarm, the
// region switch hosted here; a secondary's lag alarm.
const primaryRegion = instances + volumes + loadBalancer + nat + ipv4 + flowLogs + logStorage + databaseInstances + primaryStorageIo + 1 + secret + crossRegion + bucket + 5 * 0.1; // 779.496
const secondaryRegion = 1.1 * (instances + volumes + loadBalancer + nat + ipv4 + flowLogs + logStorage + databaseInstances + secondaryStorageIo + replicatedWrites + 1 + secret + crossRegion + bucket + 6 * 0.1); // 1.1 x 779.596 = 857.5556
const aloneRegion = primaryRegion - crossRegion - 2 * 0.1 + 0.5; // 777.796: no cross-region transfer, no game day or switch alarm, plus the hosted zone

describe("the pattern document's deployment, 2 regions", () => {
  const estimate = estimateCost(patternShape(["us-east-1", "eu-west-1"]), prices);

  it("itemizes the primary region at us-east-1 prices", () => {
    expect(line(estimate, "us-east-1", "instances")).toBeCloseTo(121.472, 6);
    expect(line(estimate, "us-east-1", "instance volumes")).toBeCloseTo(6.4, 6);
    expect(line(estimate, "us-east-1", "load balancers")).toBeCloseTo(22.265, 6);
    expect(line(estimate, "us-east-1", "NAT gateways")).toBeCloseTo(103.05, 6);
    expect(line(estimate, "us-east-1", "public IPv4")).toBeCloseTo(21.9, 6);
    expect(line(estimate, "us-east-1", "database instances")).toBeCloseTo(379.6, 6);
    expect(line(estimate, "us-east-1", "database storage and I/O")).toBeCloseTo(115.12, 6);
    expect(line(estimate, "us-east-1", "KMS keys")).toBeCloseTo(1, 6);
    expect(line(estimate, "us-east-1", "database secret")).toBeCloseTo(0.4, 6);
    expect(line(estimate, "us-east-1", "cross-region transfer")).toBeCloseTo(2, 6);
    expect(line(estimate, "us-east-1", "object storage")).toBeCloseTo(2.3, 6);
    expect(line(estimate, "us-east-1", "old object versions")).toBeCloseTo(0.23, 6);
    expect(line(estimate, "us-east-1", "alarms")).toBeCloseTo(0.5, 6);
    expect(line(estimate, "us-east-1", "S3 gateway endpoint")).toBe(0);
    expect(line(estimate, "us-east-1", "flow logs")).toBeCloseTo(2.5, 6);
    expect(line(estimate, "us-east-1", "log storage")).toBeCloseTo(0.759, 6);
    expect(items(estimate, "us-east-1")).not.toContain("Session Manager endpoints");
    expect(items(estimate, "us-east-1")).not.toContain("replicated writes");
    expect(items(estimate, "us-east-1")).not.toContain("S3 replication");
    expect(estimate.regions[0]!.subtotal).toBeCloseTo(779.496, 6);
    expect(estimate.release).toBeUndefined();
  });

  it("prices the secondary 10 % higher and adds its replicated writes and lag alarm", () => {
    expect(line(estimate, "eu-west-1", "instances")).toBeCloseTo(121.472 * 1.1, 6);
    expect(line(estimate, "eu-west-1", "database storage and I/O")).toBeCloseTo(62.56 * 1.1, 6);
    expect(line(estimate, "eu-west-1", "replicated writes")).toBeCloseTo(52.56 * 1.1, 6);
    expect(line(estimate, "eu-west-1", "alarms")).toBeCloseTo(0.6 * 1.1, 6);
    expect(line(estimate, "eu-west-1", "database secret")).toBeCloseTo(0.4 * 1.1, 6);
    expect(estimate.regions[1]!.subtotal).toBeCloseTo(857.5556, 6);
    expect(estimate.regions[1]!.subtotal).toBeCloseTo(secondaryRegion, 9);
  });

  it("adds Route53 once, and compares with the primary region alone", () => {
    expect(globalLine(estimate, "Route53 hosted zone")).toBeCloseTo(0.5, 6);
    expect(globalLine(estimate, "Route53 health checks")).toBeCloseTo(2 * (0.5 + 1 * 1), 6); // HTTPS is an optional feature
    expect(globalLine(estimate, "health-check alarms")).toBeCloseTo(2 * 0.1, 6);
    // A calculated check per load balancer and a CloudWatch-metric check per region: basic checks.
    expect(globalLine(estimate, "region switch checks")).toBeCloseTo((2 + 2) * 0.5, 6);
    expect(globalLine(estimate, "public name check and alarm")).toBeCloseTo(0.5 + 1 + 0.1, 6); // an AWS endpoint, HTTPS
    expect(globalLine(estimate, "Route53 queries")).toBe(0); // alias queries are free
    expect(estimate.global.map((l) => l.item)).not.toContain("Route53 ARC cluster");
    expect(estimate.globalSubtotal).toBeCloseTo(7.3, 6);
    expect(estimate.total).toBeCloseTo(779.496 + 857.5556 + 7.3, 6); // 1,644.3516
    expect(estimate.total).toBeCloseTo(primaryRegion + secondaryRegion + 7.3, 9);
    expect(estimate.singleRegion.total).toBeCloseTo(aloneRegion, 9);
    expect(estimate.ratio).toBeCloseTo(1644.3516 / 777.796, 6); // 2.1x
  });

  it("names what Extended Support would add, 2 vCPU per db.r6g.large, without adding it to the total", () => {
    // 2 instances x 2 vCPU per region: 4 x $0.10 x 730 = 292.00 in us-east-1, x 1.1 = 321.20 in eu-west-1.
    expect(estimate.extendedSupport).toEqual({ enrolled: false, vcpus: 8, monthly: expect.closeTo(292 + 321.2, 6) });
    expect(estimate.notes).toContain("Aurora Extended Support is off (aurora.extendedSupport): at the end of standard support AWS upgrades the major version itself. " +
      "Enrolled, $613.20 a month more: 8 vCPU x $0.10/vCPU-h x 730 h with each region's prices (years 1-2; $0.20 in year 3).");
    const enrolled = estimateCost({ ...patternShape(["us-east-1", "eu-west-1"]), database: aurora({ extendedSupport: true }) }, prices);
    expect(enrolled.total).toBeCloseTo(estimate.total, 9);
    expect(enrolled.notes).toContain("Aurora Extended Support is on (aurora.extendedSupport): once the major version is past its end of standard support, " +
      "$613.20 a month more: 8 vCPU x $0.10/vCPU-h x 730 h with each region's prices (years 1-2; $0.20 in year 3).");
  });

  it("adds the ARC cluster by the hour when the region switch is arc, and the switches' alarms go", () => {
    const arc = estimateCost({ ...patternShape(["us-east-1", "eu-west-1"]), routing: route53("latency", 30, "arc") }, prices);
    expect(globalLine(arc, "Route53 ARC cluster")).toBeCloseTo(2.5 * 730, 6); // 1,825
    expect(line(arc, "us-east-1", "alarms")).toBeCloseTo(0.4, 6);
    expect(arc.total - estimate.total).toBeCloseTo(1825 - 0.1 - 0.1 * 1.1, 6);
  });

  it("prices a game day per run, not per month", () => {
    expect(estimate.notes).toContain("A game day (npm run drill) costs $1.00 a run: 10 action-minutes of AWS FIS x $0.10; nothing between runs.");
  });
});

describe("the pattern document's deployment, 3 regions", () => {
  const estimate = estimateCost(patternShape(["us-east-1", "eu-west-1", "ap-southeast-1"]), prices);

  it("adds a third region like the second, and its health checks", () => {
    expect(estimate.regions.map((region) => region.subtotal)).toEqual([
      expect.closeTo(779.496, 6),
      expect.closeTo(857.5556, 6),
      expect.closeTo(857.5556, 6),
    ]);
    expect(estimate.globalSubtotal).toBeCloseTo(0.5 + 3 * 1.5 + 3 * 0.1 + 6 * 0.5 + 1.6, 6); // 9.90
    expect(estimate.total).toBeCloseTo(779.496 + 2 * 857.5556 + 9.9, 6); // 2,504.5072
    expect(estimate.ratio).toBeCloseTo(2504.5072 / 777.796, 6); // 3.2x
  });
});

describe("CockroachDB, Cloudflare geolocation, blue/green, one NAT gateway, bidirectional objects with RTC, Session Manager endpoints", () => {
  const shape: DeploymentShape = {
    regions: [
      { region: "us-west-1", role: "primary", availabilityZones: 2 },
      { region: "us-east-1", role: "secondary", availabilityZones: 3 },
      { region: "eu-central-1", role: "secondary", availabilityZones: 3 },
    ],
    app: { instanceType: "t3.small", desiredCapacity: 2, fleets: 2, idleInstances: 0, rootVolumeGib: 20 },
    natGateways: "single",
    https: true,
    ssmEndpoints: true,
    logRetentionDays: 30,
    routing: cloudflare("geolocation", true),
    database: cockroachDb({ plan: "ADVANCED", nodesPerRegion: 3, vCpusPerNode: 4, provisionedVirtualCpus: 4 }),
    objects: { ...replicatedObjects.shape({ replication: "bidirectional", replicationTimeControl: true }), noncurrentVersionDays: 30 },
    gameDayMinutes: 10,
  };
  const estimate = estimateCost(shape, prices);
  const cockroach = 3 * 4 * 0.5 * 730; // 4,380 per region, CockroachDB Cloud's own price (no AWS uplift)
  // Per region before uplift, between releases: 2 live + 0 idle x t3.small; 2 volumes; 1 ALB + 1 LCU; 1 NAT; the
  // credentials secret; transfer; storage; old versions of every region's writes (10 GB x 3 regions, 30 days);
  // replication to 2 others with RTC; 6 alarms (the load balancer's, 2 per fleet, the game day's; Cloudflare pools
  // are the region switch, no alarm); 10 GB of flow logs; 10 + 1 GB of logs kept 30 days = 11 GB stored.
  const shared = 2 * 0.0208 * 730 + 2 * 20 * 0.08 + (1 * 0.0225 + 0.008) * 730 + (0.045 * 730 + 100 * 0.045) + 0.4 + 100 * 0.02 + 100 * 0.023
    + 10 * 3 * 0.023 + 10 * 2 * (0.02 + 0.015) + 6 * 0.1 + 10 * 0.25 + 11 * 0.023;
  // = 30.368 + 3.2 + 22.265 + 37.35 + 0.4 + 2 + 2.3 + 0.69 + 0.7 + 0.6 + 2.5 + 0.253 = 102.626
  // Per zone: the load balancer's address; 3 Session Manager endpoints at $0.01 per zone-hour = 21.90 a zone.

  it("counts the public addresses and endpoint interfaces of each region's zones", () => {
    expect(line(estimate, "us-west-1", "public IPv4")).toBeCloseTo((1 + 2) * 0.005 * 730 * 1.1, 6); // 10.95 x 1.1
    expect(line(estimate, "us-east-1", "public IPv4")).toBeCloseTo((1 + 3) * 0.005 * 730, 6); // 14.60
    expect(line(estimate, "us-west-1", "Session Manager endpoints")).toBeCloseTo(3 * 2 * 0.01 * 730 * 1.1, 6); // 43.80 x 1.1
    expect(line(estimate, "us-east-1", "Session Manager endpoints")).toBeCloseTo(3 * 3 * 0.01 * 730, 6); // 65.70
    expect(line(estimate, "us-east-1", "log storage")).toBeCloseTo(11 * 0.023, 6); // 0.253
    expect(line(estimate, "us-east-1", "S3 replication")).toBeCloseTo(10 * 2 * (0.02 + 0.015), 6); // 0.70
    expect(line(estimate, "us-east-1", "old object versions")).toBeCloseTo(30 * 0.023, 6); // every region's writes land in every bucket
    expect(line(estimate, "us-east-1", "database secret")).toBeCloseTo(0.4, 6); // CockroachDB's credentials too
    expect(line(estimate, "us-east-1", "CockroachDB nodes")).toBeCloseTo(4380, 6);
    expect(line(estimate, "eu-central-1", "CockroachDB nodes")).toBeCloseTo(4380, 6);
    expect(items(estimate, "us-east-1")).not.toContain("database instances");
    expect(items(estimate, "us-east-1")).not.toContain("KMS keys");
  });

  it("totals the regions and Cloudflare's load balancer", () => {
    expect(shared).toBeCloseTo(102.626, 9);
    expect(estimate.regions[0]!.subtotal).toBeCloseTo((102.626 + 10.95 + 43.8) * 1.1 + cockroach, 6); // 4,553.1136
    expect(estimate.regions[1]!.subtotal).toBeCloseTo(102.626 + 14.6 + 65.7 + cockroach, 6); // 4,562.926
    expect(estimate.regions[2]!.subtotal).toBeCloseTo((102.626 + 14.6 + 65.7) * 1.1 + cockroach, 6); // 4,581.2186
    // $5 for 2 origins + 1 more origin (one load balancer per region) x $5 + geo steering $10 + (10 M - 0.5 M) = 19 x 500k x $0.50
    expect(globalLine(estimate, "Cloudflare load balancing")).toBeCloseTo(5 + 1 * 5 + 10 + 19 * 0.5, 6); // 29.50
    // Proxied by Cloudflare, the public name is an endpoint outside AWS for Route53's check.
    expect(globalLine(estimate, "public name check and alarm")).toBeCloseTo(0.75 + 1 + 0.1, 6); // 1.85
    expect(estimate.global.map((l) => l.item)).toEqual(["Cloudflare load balancing", "public name check and alarm"]);
    expect(estimate.total).toBeCloseTo(4553.1136 + 4562.926 + 4581.2186 + 29.5 + 1.85, 6); // 13,728.6082
    expect(estimate.extendedSupport).toBeUndefined();
  });

  it("compares with us-west-1 alone: its fleets and nodes, no replication, no global load balancer", () => {
    // 5 alarms alone (no game day); no cross-region transfer or replication; its bucket keeps the versions of its
    // own writes only: 10 GB x 30/30 days x $0.023 = 0.23.
    const alone = (30.368 + 3.2 + 22.265 + 37.35 + 10.95 + 0.4 + 2.3 + 0.23 + 0.5 + 2.5 + 0.253 + 43.8) * 1.1 + 4380; // 154.116 x 1.1 + 4,380 = 4,549.5276
    expect(estimate.singleRegion.total).toBeCloseTo(alone, 6);
    expect(estimate.ratio).toBeCloseTo(13728.6082 / 4549.5276, 6); // 3.0x
  });

  it("prices a release: the idle color grown to the full fleet in every region, a day and over a month", () => {
    // 2 more t3.small and their 20 GB volumes a region: 2 x (15.184 + 1.60) = 33.568, with the regions' uplifts 1.1 + 1 + 1.1.
    expect(estimate.release!.monthly).toBeCloseTo(33.568 * 3.2, 6); // 107.4176
    expect(estimate.release!.daily).toBeCloseTo((107.4176 * 24) / 730, 6); // 3.5315
    const text = formatCostEstimate(estimate, "svc, stack prod").join("\n");
    expect(text).toContain("during a release (blueGreen.releasing: both colors at full size) $3.53 a day more, $107.42 over a whole month");
    expect(text).toMatch(/^ {2}instances +\$33\.40 {2}2 \(2 live, 0 idle\) x t3\.small x \$0\.0208\/h x 730 h x 1\.10$/m);
  });

  it("keeps an idle floor in the steady state, and a release grows only the rest", () => {
    const floor = estimateCost({ ...shape, app: { ...shape.app, idleInstances: 1 } }, prices);
    // 1 more t3.small a region between releases (15.184 + 1.60 with its volume); a release adds 1 a region instead of 2.
    expect(floor.total - estimate.total).toBeCloseTo(16.784 * 3.2, 6); // 53.7088
    expect(floor.release!.monthly).toBeCloseTo(16.784 * 3.2, 6);
  });
});

describe("Aurora Serverless v2, weighted routing with fast health checks, one-way objects", () => {
  const shape: DeploymentShape = {
    ...patternShape(["us-east-2", "us-west-2"]),
    routing: route53("weighted", 10, "metric"),
    database: aurora({ instanceClass: "db.serverless", instances: 1, serverlessMinCapacity: 0.5, serverlessMaxCapacity: 8, extendedSupport: true }),
    objects: { ...replicatedObjects.shape({ replication: "one-way", replicationTimeControl: false }), noncurrentVersionDays: 90 },
  };
  const assumptions = parseCostAssumptions({ auroraServerlessAcu: "4" });
  const estimate = estimateCost(shape, prices, assumptions);

  it("prices serverless capacity from the assumed average ACUs, and replicates from the primary only", () => {
    expect(line(estimate, "us-east-2", "database instances")).toBeCloseTo(1 * 4 * 0.12 * 730, 6); // 350.40
    expect(line(estimate, "us-east-2", "S3 replication")).toBeCloseTo(10 * 1 * 0.02, 6); // 0.20
    expect(items(estimate, "us-west-2")).not.toContain("S3 replication");
    expect(line(estimate, "us-west-2", "object storage")).toBeCloseTo(100 * 0.023, 6); // no uplift in us-west-2
    // One-way: only the primary's writes make versions, in every bucket; kept 90 days = 3 months of them.
    expect(line(estimate, "us-east-2", "old object versions")).toBeCloseTo(10 * 90 / 30 * 0.023, 6); // 0.69
    expect(line(estimate, "us-west-2", "old object versions")).toBeCloseTo(0.69, 6);
  });

  it("leaves Extended Support of db.serverless to the Aurora pricing page", () => {
    expect(estimate.extendedSupport).toEqual({ enrolled: true });
    expect(estimate.notes).toContain("Aurora Extended Support is on (aurora.extendedSupport): once the major version is past its end of standard support, " +
      "db.serverless is billed per ACU-hour: see the Aurora pricing page.");
  });

  it("charges HTTPS and the 10 s interval as two health-check features", () => {
    expect(globalLine(estimate, "Route53 health checks")).toBeCloseTo(2 * (0.5 + 2 * 1), 6); // 5.00
    // ... + KMS key, secret, transfer, storage, old versions (0.69), replication (primary only), alarms, flow logs 2.50
    // and log storage 0.759.
    const primary = 121.472 + 6.4 + 22.265 + 103.05 + 21.9 + 2.5 + 0.759 + 350.4 + 115.12 + 1 + 0.4 + 2 + 2.3 + 0.69 + 0.2 + 0.5; // 750.956
    const secondary = 121.472 + 6.4 + 22.265 + 103.05 + 21.9 + 2.5 + 0.759 + 350.4 + 62.56 + 52.56 + 1 + 0.4 + 2 + 2.3 + 0.69 + 0.6; // 750.856
    // Global: hosted zone, 2 checks with 2 features, their alarms, 4 basic switch checks, the public name's check and alarm.
    expect(estimate.total).toBeCloseTo(primary + secondary + 0.5 + 5 + 0.2 + 2 + 1.6, 6); // 1,511.112
  });

  it("keeps the serverless capacity within the configured min and max", () => {
    const capped = estimateCost(shape, prices, parseCostAssumptions({ auroraServerlessAcu: 64 }));
    expect(line(capped, "us-east-2", "database instances")).toBeCloseTo(1 * 8 * 0.12 * 730, 6);
  });
});

describe("usage assumptions and the price table", () => {
  it("changes the estimate by exactly the overridden usage", () => {
    const shape = patternShape(["us-east-1", "eu-west-1"]);
    const base = estimateCost(shape, prices);
    const more = estimateCost(shape, prices, parseCostAssumptions({ natProcessedGb: 1100, crossRegionTransferGb: 600 }));
    expect(line(more, "us-east-1", "NAT gateways") - line(base, "us-east-1", "NAT gateways")).toBeCloseTo(1000 * 0.045, 6);
    expect(line(more, "eu-west-1", "cross-region transfer") - line(base, "eu-west-1", "cross-region transfer")).toBeCloseTo(500 * 0.02 * 1.1, 6);
  });

  it("rejects unknown keys and negative or non-numeric values, naming the key", () => {
    expect(() => parseCostAssumptions({ natGb: 1 }, "svc:costAssumptions")).toThrow(/svc:costAssumptions\.natGb .*allowed: one of the keys/);
    expect(() => parseCostAssumptions({ natProcessedGb: -1 })).toThrow(/costAssumptions\.natProcessedGb is -1/);
    expect(() => parseCostAssumptions({ natProcessedGb: "lots" })).toThrow(/natProcessedGb is "lots"/);
    expect(() => parseCostAssumptions([1])).toThrow(/allowed: an object/);
    expect(parseCostAssumptions(undefined).dnsQueriesMillions).toBe(10);
  });

  it("scales instance sizes from the .large price and names what is missing", () => {
    expect(findHourlyPrice("t3.medium", prices.ec2.largeHourly)).toBeCloseTo(0.0416, 9);
    expect(findHourlyPrice("m7g.2xlarge", prices.ec2.largeHourly)).toBeCloseTo(4 * 0.0816, 9);
    expect(findHourlyPrice("db.r7g.xlarge", prices.aurora.largeHourly)).toBeCloseTo(2 * 0.276, 9);
    expect(findHourlyPrice("x9z.large", prices.ec2.largeHourly)).toBeUndefined();
    expect(missingPrice("x9z.large", "ec2.largeHourly")).toBe("no price for x9z.large: add the hourly price of x9z.large to ec2.largeHourly in scripts/prices.ts");
    expect(missingPrice("db.r8g.large", "aurora.largeHourly")).toMatch(/db\.r8g\.large to aurora\.largeHourly/);
  });

  it.each([
    ["c6in.xlarge", "no price for c6in.xlarge: add the hourly price of c6in.large to ec2.largeHourly in scripts/prices.ts"],
    ["r8g.medium", "no price for r8g.medium: add the hourly price of r8g.large to ec2.largeHourly in scripts/prices.ts"],
    ["m5.metal", "no price for m5.metal: ec2.largeHourly in scripts/prices.ts prices sizes nano to <n>xlarge from their family's .large price, not metal"],
  ])("an instance type the price table lacks (%s): named, counted 0 and left out of the totals, not an error", (instanceType, missing) => {
    const priced = estimateCost(patternShape(["us-east-1", "eu-west-1"]), prices);
    const shape = patternShape(["us-east-1", "eu-west-1"]);
    const estimate = estimateCost({ ...shape, app: { ...shape.app, instanceType } }, prices);
    expect(estimate.unpriced).toEqual([missing]);
    for (const region of estimate.regions) {
      expect(region.lines.find((candidate) => candidate.item === "instances")).toEqual({ item: "instances", monthly: 0, basis: `4 x ${instanceType}`, unpriced: missing });
    }
    const instances = line(priced, "us-east-1", "instances") + line(priced, "eu-west-1", "instances");
    expect(estimate.total).toBeCloseTo(priced.total - instances, 6);
    const text = formatCostEstimate(estimate, "svc, stack dev").join("\n");
    expect(text).toMatch(new RegExp(`^ {2}instances +not priced {2}4 x ${instanceType.replace(".", "\\.")}$`, "m"));
    expect(text).toMatch(/^total \$[\d,.]+ a month \(without what is not priced\); /m);
    expect(text).toContain(`Not priced, so left out of every total: ${missing}.`);
    expect(priced.unpriced).toEqual([]);
  });

  it("prints the date, the source, every item with its arithmetic and the ratio", () => {
    const text = formatCostEstimate(estimateCost(patternShape(["us-east-1", "eu-west-1"]), prices), "svc, stack dev").join("\n");
    expect(text).toContain(`prices as of ${prices.asOf}`);
    expect(text).toContain(`Source: ${prices.source}`);
    expect(text).toMatch(/^ {2}instances +\$121\.47 {2}4 x t3\.medium x \$0\.0416\/h x 730 h$/m);
    expect(text).toMatch(/^ {2}instances +\$133\.62 {2}4 x t3\.medium x \$0\.0416\/h x 730 h x 1\.10$/m);
    expect(text).toMatch(/^ {2}NAT gateways +\$113\.36 {2}\(3 x \$0\.045\/h x 730 h \+ 100 GB x \$0\.045\/GB\) x 1\.10$/m);
    expect(text).toMatch(/^ {2}database secret +\$0\.40 {2}1 Secrets Manager secret \(the credentials, this region's copy\) x \$0\.40\/month$/m);
    expect(text).toMatch(/^ {2}old object versions +\$0\.23 {2}10 GB written a month, kept 30 days once replaced = 10 GB x \$0\.023\/GB-month$/m);
    // 50 GB x $0.045/GB of NAT processing, with eu-west-1's uplift: 2.25, and 2.475 rounded to the cent.
    expect(text).toMatch(/^ {2}S3 gateway endpoint +\$0\.00 {2}free: 50 GB of S3 traffic a month skip NAT processing \(\$2\.25 saved\)$/m);
    expect(text).toMatch(/^ {2}S3 gateway endpoint +\$0\.00 {2}free: 50 GB of S3 traffic a month skip NAT processing \(\$2\.48 saved\)$/m);
    expect(text).toMatch(/^ {2}log storage +\$0\.76 {2}\(10 GB flow \+ 1 GB access logs\) a month kept 90 days = 33 GB x \$0\.023\/GB-month$/m);
    expect(text).toContain("total $1,644.35 a month; us-east-1 alone (no replication, no global routing) $777.80: 2.1x one region");
    expect(text).not.toContain("during a release");
  });
});

describe("objects behind a Multi-Region Access Point", () => {
  const shape: DeploymentShape = {
    ...patternShape(["us-east-1", "eu-west-1"]),
    objects: { ...accessPointObjects.shape({ replication: "bidirectional", replicationTimeControl: false }), noncurrentVersionDays: 30 },
  };
  const estimate = estimateCost(shape, prices);
  const basis = (region: string, item: string) => estimate.regions.find((cost) => cost.region === region)!.lines.find((l) => l.item === item)!.basis;

  it("counts the apps' 50 GB of S3 traffic once: NAT processes it, and the gateway endpoint, which does not serve the access point, saves nothing", () => {
    expect(line(estimate, "us-east-1", "NAT processing, S3 traffic")).toBeCloseTo(50 * 0.045, 6); // 2.25
    expect(line(estimate, "eu-west-1", "NAT processing, S3 traffic")).toBeCloseTo(50 * 0.045 * 1.1, 6);
    expect(line(estimate, "us-east-1", "S3 access point routing")).toBeCloseTo(50 * 0.0033, 6);
    expect(line(estimate, "us-east-1", "S3 gateway endpoint")).toBe(0);
    expect(basis("us-east-1", "S3 gateway endpoint")).not.toContain("saved");
    expect(basis("us-east-1", "S3 gateway endpoint")).toContain("carries none of the apps' 50 GB of S3 traffic");
  });

  it("leaves the single-region comparison on the gateway endpoint: one region has no access point in front of its bucket", () => {
    const { lines } = estimate.singleRegion;
    expect(lines.find((l) => l.item === "S3 gateway endpoint")!.basis).toContain("50 GB of S3 traffic a month skip NAT processing ($2.25 saved)");
    expect(lines.map((l) => l.item)).not.toContain("NAT processing, S3 traffic");
    expect(lines.map((l) => l.item)).not.toContain("S3 access point routing");
  });
});

import { usd, type CostLine } from "../../../scripts/cost-model.js";
import type { Routing } from "../../../scripts/deployment-shape.js";
import { targetHealthCheck, type Fail } from "../../config-values.js";
import type { TrafficCostContext, TrafficShapeCommon, TrafficShapes } from "../model-contract.js";

// Pure: config parsing, the routing policy's traffic dials and the cost and failover shapes of Global
// Accelerator routing. No Pulumi imports, so that `npm run cost` (and the generator's own estimate)
// load it without the provider SDKs.

/** The routing policies Global Accelerator carries out: it has no notion of a user's country or continent. */
export const trafficRoutings: readonly Routing[] = ["latency", "weighted", "failover"];

/**
 * The region Global Accelerator's API (its control plane) answers in: accelerators, listeners and
 * endpoint groups are created and changed there, whatever regions they serve
 * (docs.aws.amazon.com/global-accelerator/latest/dg/preserve-client-ip-address.regions.html, "API endpoint").
 */
export const acceleratorApiRegion = "us-west-2";

/**
 * Global Accelerator reaches internal load balancers (client IP preservation, through the VPC's internet gateway):
 * no one can go around it, nor around an evacuation, at a load balancer's own public name.
 */
export const internalLoadBalancers = true;

/**
 * The regions Global Accelerator takes endpoints in
 * (docs.aws.amazon.com/global-accelerator/latest/dg/preserve-client-ip-address.regions.html, read 2026-12-04).
 * Its zone exceptions (usw1-az2, apne1-az3, cac1-az3) are not among the zones the region catalog pins.
 */
export const acceleratorRegions: readonly string[] = [
  "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1", "ap-south-2",
  "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-northeast-1",
  "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1",
  "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1",
  "sa-east-1",
];

/** The accelerator's name: how the deploy preflight finds it through Global Accelerator's API alone. */
export const acceleratorName = (project: string, stack: string): string => `${project}-${stack}`;

/** The weight of a region's load balancer in its endpoint group while in service (Global Accelerator's own default). */
export const inServiceWeight = 128;

/**
 * The weight of an evacuated region's load balancer: Global Accelerator fails over only to endpoints of
 * weight above 0, so it sends the region's users to the next healthy region as it does for an unhealthy one
 * (docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints-endpoint-weights.unhealthy-endpoints.html).
 */
export const outOfServiceWeight = 0;

/** The weight a region's endpoint must have, live and in the program: 0 when the stack config takes it out. */
export const endpointWeight = (region: string, outOfService: readonly string[]): number =>
  outOfService.includes(region) ? outOfServiceWeight : inServiceWeight;

/**
 * Seconds Global Accelerator may take to act on a load balancer's health once Elastic Load Balancing reports
 * it: an assumption, as AWS publishes none for load balancer endpoints. The bound is the "about 30 seconds"
 * AWS documents for routing to return to a recovered region
 * (docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints-endpoint-weights.unhealthy-endpoints.html).
 */
export const healthPropagation = { min: 0, max: 30 };

/** The stack config keys of Global Accelerator routing. */
export interface TrafficConfig {
  /**
   * S3 bucket (in any region, with a policy that lets delivery.logs.amazonaws.com write) that receives the
   * accelerator's flow logs under `global-accelerator/`. Default: none (no flow logs).
   */
  acceleratorFlowLogsBucket?: string;
  /**
   * Regions taken out of service (README.md, Region failure and evacuation): their endpoint weight is 0,
   * so that no deployment puts them back. Default: none, every region in service.
   */
  acceleratorOutOfService: string[];
}

/** Reads the Global Accelerator keys of the stack config (`get` as in src/config.ts), with their defaults. */
export function parseTrafficConfig(get: (key: string) => unknown, fail: Fail): TrafficConfig {
  const acceleratorOutOfService = parseOutOfService(get, fail);
  const bucket = get("acceleratorFlowLogsBucket");
  if (bucket === undefined || bucket === "") return { acceleratorOutOfService };
  return typeof bucket === "string" && /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)
    ? { acceleratorFlowLogsBucket: bucket, acceleratorOutOfService }
    : fail("acceleratorFlowLogsBucket", bucket, "an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens), or empty for no flow logs");
}

/** `acceleratorOutOfService`: a list of the stack's own regions (`regions[].region`), each once, not all of them. */
function parseOutOfService(get: (key: string) => unknown, fail: Fail): string[] {
  const listed = get("acceleratorOutOfService");
  if (listed === undefined || listed === null) return [];
  const configured = Array.isArray(get("regions")) ? (get("regions") as { region?: unknown }[]).map(({ region }) => region) : [];
  if (!Array.isArray(listed)) fail("acceleratorOutOfService", listed, `a list of regions of this stack (${configured.join(", ")})`);
  for (const region of listed as unknown[]) {
    if (!configured.includes(region)) fail("acceleratorOutOfService", region, `a region of this stack: ${configured.join(", ")}`);
  }
  const regions = [...new Set(listed as string[])];
  if (regions.length > 0 && regions.length === configured.length) {
    fail("acceleratorOutOfService", regions.join(", "), "at least one region left in service");
  }
  return regions;
}

/**
 * Each region's traffic dial (percent of the users Global Accelerator would send to it, the nearest)
 * under a routing policy. latency: every dial 100, users go to the nearest healthy region. weighted:
 * dials in proportion to the weights, the heaviest region at 100; what a region's dial holds back goes
 * to the next nearest regions, so a weight shapes the users near that region, not a global share.
 * failover: the primary at 100, the others at 0; Global Accelerator ignores dials when it fails over, so
 * users reach a region at 0 once the primary has no healthy endpoint
 * (docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints-endpoint-weights.unhealthy-endpoints.html).
 */
export function trafficDials(routing: Routing, regions: readonly { role: "primary" | "secondary"; weight: number }[]): number[] {
  if (!(trafficRoutings as readonly Routing[]).includes(routing)) {
    throw new Error(`routing ${routing} has no Global Accelerator equivalent; allowed: ${trafficRoutings.join(", ")}`);
  }
  if (routing === "failover") return regions.map(({ role }) => (role === "primary" ? 100 : 0));
  if (routing === "latency") return regions.map(() => 100);
  const heaviest = Math.max(...regions.map(({ weight }) => weight));
  return regions.map(({ weight }) => Math.round((weight / heaviest) * 100));
}

/** What the cost and failover shapes need of the stack config. */
export type TrafficShapeInput = TrafficConfig & TrafficShapeCommon;

/** The routing part of the cost model's and the failover model's shapes (scripts/stack-shape.ts). */
export function trafficShapes(config: TrafficShapeInput): TrafficShapes {
  return {
    deployment: {
      dns: "global-accelerator",
      // No public address of the load balancers to pay for.
      internalLoadBalancers,
      policy: config.routing,
      requestInterval: targetHealthCheck.interval,
      regionAlarms: 0,
      publicEndpointOutsideAws: false,
      // Global Accelerator follows the load balancers' own health: no Route53 health check but the public name's.
      healthChecks: () => ({ loadBalancers: 0, basic: 0 }),
      globalLines: acceleratorLines,
    },
    failover: {
      checker: "the load balancers' target health checks (Global Accelerator follows them)",
      interval: targetHealthCheck.interval,
      failureThreshold: targetHealthCheck.unhealthyThreshold,
      // Not DNS: the anycast addresses never change. The slot holds Global Accelerator's own delay in acting on it.
      dnsCache: healthPropagation,
      dnsCacheBasis: `then Global Accelerator acts on the load balancer's health: AWS publishes no time for that on load balancer endpoints, ` +
        `so ${healthPropagation.min}-${healthPropagation.max} s is assumed, the "about 30 seconds" AWS documents for routing to return to a recovered region ` +
        "(docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints-endpoint-weights.unhealthy-endpoints.html): an estimate, to measure with a game day; " +
        "no DNS cache adds to it, its anycast addresses never change (connections already open to the failed region stay until they close)",
      evacuation: {
        range: { min: 10, max: 60 },
        basis: `the region's endpoint weight is set to 0 through Global Accelerator's API, a control plane in ${acceleratorApiRegion} ` +
          "(its one region: while it is impaired, the weight cannot change; failover on health goes on, and the README gives the fallback through the region's own load balancer API); " +
          "Global Accelerator then fails the region's users over to the next healthy region, whatever the dials, as it does for an unhealthy one; " +
          "no DNS cache delays it (AWS documents about 30 s for traffic to move back to a recovered region; the same propagation is assumed)",
      },
    },
  };
}

/** The areas of the DT-Premium table, in words. */
const areaNames: Record<string, string> = { northAmerica: "North America", europe: "Europe", asiaPacific: "Asia Pacific" };

/**
 * The pricing area of a region, as Global Accelerator's DT-Premium table names it (scripts/prices.ts,
 * globalAccelerator.premiumPerGb); undefined for a region of an area the table does not list.
 */
export function premiumArea(region: string): string | undefined {
  if (/^(us|ca)-/.test(region)) return "northAmerica";
  if (region.startsWith("eu-")) return "europe";
  if (region.startsWith("ap-")) return "asiaPacific";
  return undefined;
}

/**
 * The accelerator's fixed fee, and the per-GB premium on the users' traffic of each region at the rate of
 * its area: its users are assumed to connect at edge locations of the same area (the nearest region serves
 * them). Nothing with one region alone.
 */
function acceleratorLines({ regions, prices, assumptions: a, alone }: TrafficCostContext): CostLine[] {
  if (alone) return [];
  const ga = prices.globalAccelerator;
  const premium = regions.map((region): CostLine => {
    const area = premiumArea(region);
    const rate = area === undefined ? undefined : ga.premiumPerGb[area]?.[area];
    // AWS's name of the fee, short enough for the report's item column.
    const item = `DT-Premium, ${region}`;
    return rate === undefined
      ? { item, monthly: 0, basis: `${a.userTrafficGb} GB a month with users`,
          unpriced: `no DT-Premium rate for ${region}: add its area to globalAccelerator.premiumPerGb in scripts/prices.ts and to premiumArea in src/traffic/global-accelerator/model.ts` }
      : { item, monthly: a.userTrafficGb * rate,
          basis: `Global Accelerator's data transfer premium: ${a.userTrafficGb} GB a month with users x ${usd(rate)}/GB ` +
            `(${areaNames[area!] ?? area} region and edge locations; list price of ${ga.asOf}), on top of the usual data transfer out` };
  });
  return [
    { item: "Global Accelerator", monthly: ga.acceleratorHourly * prices.hoursPerMonth,
      basis: `1 accelerator x ${usd(ga.acceleratorHourly)}/h x ${prices.hoursPerMonth} h (list price of ${ga.asOf})` },
    ...premium,
  ];
}

import type { CostAssumptions } from "../../scripts/cost-assumptions.js";
import type { CostLine } from "../../scripts/cost-model.js";
import type { Routing } from "../../scripts/deployment-shape.js";
import type { RoutingFailover } from "../../scripts/failover-model.js";
import type { PriceTable } from "../../scripts/prices.js";

/**
 * What a global-traffic module's model.ts (src/traffic/<provider>/model.ts) gives the cost and
 * failover models: the pure half of the module, which `npm run cost` and the generator's estimate run
 * as well as the stack. Types only, without the Pulumi SDK, so that `npm run cost` stays light. Each
 * model also exports `parseTrafficConfig(get, fail)` (its stack config keys, with their defaults) and
 * `trafficShapes(input)`, which returns its TrafficShapes.
 */

/** What the shapes of every traffic module need beyond its own keys. */
export interface TrafficShapeCommon {
  routing: Routing;
  healthCheck: { requestInterval: number; failureThreshold: number };
}

/** The routing part of the cost model's and the failover model's shapes. */
export interface TrafficShapes {
  deployment: TrafficCost;
  failover: RoutingFailover;
}

/** What the cost model tells a traffic module when it prices global routing. */
export interface TrafficCostContext {
  regionCount: number;
  /** The regions' codes, primary first: for prices that differ by region. */
  regions: string[];
  /** The public name is served over HTTPS (health checks then check HTTPS). */
  https: boolean;
  /** The single-region comparison: no global routing, no health checks. */
  alone: boolean;
  prices: PriceTable;
  assumptions: CostAssumptions;
}

/**
 * The global-traffic module's part of the deployment shape (scripts/deployment-shape.ts), from its
 * model.ts: the cost model calls it and names no provider. `dns` labels it only.
 */
export interface TrafficCost {
  dns: string;
  /** The load balancers are internal (the module's choice.ts): no public IPv4 address per zone. Default: false. */
  internalLoadBalancers?: boolean;
  policy: Routing;
  /** Seconds between health checks. */
  requestInterval: number;
  /** Alarms it adds in each region of a multi-region deployment (a metric region switch's). */
  regionAlarms: number;
  /** The public name's own check reaches an endpoint outside AWS (a proxy in front of the load balancers). */
  publicEndpointOutsideAws: boolean;
  /** Its Route53 health checks for `regionCount` regions (none for a provider that checks by itself). */
  healthChecks(regionCount: number): HealthCheckCounts;
  /** Its billed lines, once for the deployment. */
  globalLines(context: TrafficCostContext): CostLine[];
}

/** Route53 health checks, none with Cloudflare but the public name's. */
export interface HealthCheckCounts {
  /** One per region's load balancer, with the configured features and an alarm in us-east-1. */
  loadBalancers: number;
  /** Calculated checks (load balancer and region switch) and the switches' own: basic checks, no alarm. */
  basic: number;
}

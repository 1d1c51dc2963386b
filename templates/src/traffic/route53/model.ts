import { plural, usd, type CostLine } from "../../../scripts/cost-model.js";
import { allRoutings, type Routing } from "../../../scripts/deployment-shape.js";
import type { Range } from "../../../scripts/failover-model.js";
import type { Fail } from "../../config-values.js";
import type { HealthCheckCounts, TrafficCostContext, TrafficShapeCommon, TrafficShapes } from "../model-contract.js";

// Pure: config parsing and the cost and failover shapes of Route53 routing. No Pulumi imports, so that
// `npm run cost` (and the generator's own estimate) load it without the provider SDKs.

/** How an operator takes a region out of service (src/traffic/route53/region-switch.ts). */
export const regionSwitchModes = ["metric", "arc"] as const;
export type RegionSwitchMode = (typeof regionSwitchModes)[number];

/** The routing policies it carries out: every one. */
export const trafficRoutings = allRoutings;

/** The stack config keys of Route53 routing. */
export interface TrafficConfig {
  /**
   * How an operator takes a region out of service without Route53's control plane: "metric" (a
   * CloudWatch metric that the region's Route53 health checks follow) or "arc" (Route53 Application
   * Recovery Controller routing controls; its cluster is billed by the hour). Default: "metric".
   */
  regionSwitch: RegionSwitchMode;
}

/** Reads the Route53 keys of the stack config (`get` as in src/config.ts), with their defaults. */
export function parseTrafficConfig(get: (key: string) => unknown, fail: Fail): TrafficConfig {
  const regionSwitch = get("regionSwitch") ?? "metric";
  return {
    regionSwitch: regionSwitchModes.includes(regionSwitch as RegionSwitchMode)
      ? (regionSwitch as RegionSwitchMode)
      : fail("regionSwitch", regionSwitch, regionSwitchModes.join(", ")),
  };
}

/** What the cost and failover shapes need of the stack config. */
export type TrafficShapeInput = TrafficConfig & TrafficShapeCommon;

/** Time-to-live of an alias record to a load balancer: Route53 uses the load balancer's 60 s. */
export const aliasTtlSeconds = 60;

/** Taking a region out on purpose through its switch (src/traffic/route53/region-switch.ts), by mode. */
const evacuation: Record<RegionSwitchMode, { range: Range; basis: string }> = {
  metric: {
    range: { min: 60, max: 180 + aliasTtlSeconds },
    basis: "put-metric-data in the region that holds the switch (CloudWatch's data plane, another region than the one taken out); " +
      `its alarm evaluates each minute, Route53's CloudWatch-alarm check follows it, then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL`,
  },
  arc: {
    range: { min: 5, max: 30 + aliasTtlSeconds },
    basis: `the region's routing control is turned On (out of service) through one of the ARC cluster's five regional endpoints (data plane); its Route53 health check follows within seconds, then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL`,
  },
};

/** The routing part of the cost model's and the failover model's shapes (scripts/stack-shape.ts). */
export function trafficShapes(config: TrafficShapeInput): TrafficShapes {
  const { requestInterval, failureThreshold } = config.healthCheck;
  return {
    deployment: {
      dns: "route53",
      policy: config.routing,
      requestInterval,
      // The metric switch's alarm, in each region (the switch of the region before it).
      regionAlarms: config.regionSwitch === "metric" ? 1 : 0,
      publicEndpointOutsideAws: false,
      healthChecks,
      globalLines: (context) => route53Lines(config.regionSwitch, requestInterval, context),
    },
    failover: {
      checker: "Route53 checks",
      interval: requestInterval,
      failureThreshold,
      dnsCache: { min: 0, max: aliasTtlSeconds },
      dnsCacheBasis: `then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL of the alias records`,
      evacuation: evacuation[config.regionSwitch],
    },
  };
}

/** One check per region's load balancer; basic ones: a calculated gate per load balancer and a switch per region. */
function healthChecks(regionCount: number): HealthCheckCounts {
  const loadBalancers = regionCount;
  return { loadBalancers, basic: loadBalancers + regionCount };
}

/** The hosted zone, and with more than one region the health checks, their alarms and the region switch. */
function route53Lines(regionSwitch: RegionSwitchMode, requestInterval: number, { regionCount, https, alone, prices, assumptions: a }: TrafficCostContext): CostLine[] {
  const lines: CostLine[] = [];
  const add = (item: string, monthly: number, basis: string) => lines.push({ item, monthly, basis });
  const r53 = prices.route53;
  add("Route53 hosted zone", r53.hostedZoneMonthly, `1 zone x ${usd(r53.hostedZoneMonthly)}/month (shared with the zone's other records)`);
  if (!alone) {
    const checks = healthChecks(regionCount);
    const features = (https ? 1 : 0) + (requestInterval === 10 ? 1 : 0);
    const named = [https ? "HTTPS" : "", requestInterval === 10 ? "10 s interval" : ""].filter(Boolean).join(", ");
    add("Route53 health checks", checks.loadBalancers * (r53.healthCheckMonthly + features * r53.healthCheckFeatureMonthly),
      `${checks.loadBalancers} x (${usd(r53.healthCheckMonthly)} + ${plural(features, "feature")}${named ? ` (${named})` : ""} x ${usd(r53.healthCheckFeatureMonthly)})/month`);
    add("health-check alarms", checks.loadBalancers * prices.alarmMonthly, `${checks.loadBalancers} x ${usd(prices.alarmMonthly)}/month, in us-east-1`);
    add("region switch checks", checks.basic * r53.healthCheckMonthly,
      `${checks.basic} x ${usd(r53.healthCheckMonthly)}/month (per load balancer: load balancer and switch; per region: the switch)`);
    if (regionSwitch === "arc") {
      add("Route53 ARC cluster", prices.arc.clusterHourly * prices.hoursPerMonth,
        `1 cluster x ${usd(prices.arc.clusterHourly)}/h x ${prices.hoursPerMonth} h (routing controls and safety rules included)`);
    }
  }
  add("Route53 queries", 0, `${a.dnsQueriesMillions} M queries, all answered by alias records ending at load balancers, which Route53 does not charge ` +
    "(if AWS bills the hops through the zone's own latency or geolocation records, at most $0.70 per million)");
  return lines;
}

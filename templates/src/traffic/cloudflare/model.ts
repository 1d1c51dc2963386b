import { usd, type CostLine } from "../../../scripts/cost-model.js";
import { allRoutings, type Routing } from "../../../scripts/deployment-shape.js";
import type { Fail } from "../../config-values.js";
import type { TrafficCostContext, TrafficShapeCommon, TrafficShapes } from "../model-contract.js";

// Pure: config parsing and the cost and failover shapes of Cloudflare routing. No Pulumi imports, so
// that `npm run cost` (and the generator's own estimate) load it without the provider SDKs.

/** Seconds between the monitor's checks of each pool (src/traffic/cloudflare/index.ts). */
export const cloudflareMonitorInterval = 60;
/** TTL of the load balancer's answers when not proxied: short, so that failover is quick. */
export const cloudflareUnproxiedTtl = 30;

/** The routing policies it carries out: every one. */
export const trafficRoutings = allRoutings;

/** The stack config keys of Cloudflare routing. */
export interface TrafficConfig {
  /** Cloudflare zone that holds `domain` (32 hex characters); needed when Cloudflare answers DNS. */
  cloudflareZoneId?: string;
  /** Cloudflare account that owns the load-balancer monitors and pools; needed with Cloudflare. */
  cloudflareAccountId?: string;
  /** Cloudflare proxies requests (orange cloud) rather than answering with the load balancers' addresses. Default: true. */
  cloudflareProxied: boolean;
}

/** Reads the Cloudflare keys of the stack config (`get` as in src/config.ts), with their defaults. */
export function parseTrafficConfig(get: (key: string) => unknown, fail: Fail): TrafficConfig {
  const id = (key: string): string | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    return typeof value === "string" && /^[0-9a-f]{32}$/.test(value) ? value : fail(key, value, "32 lower-case hexadecimal characters");
  };
  // `pulumi config set` stores booleans as text.
  const proxied = get("cloudflareProxied") ?? true;
  return {
    cloudflareZoneId: id("cloudflareZoneId"),
    cloudflareAccountId: id("cloudflareAccountId"),
    cloudflareProxied: proxied === "true" || proxied === "false" ? proxied === "true"
      : typeof proxied === "boolean" ? proxied : fail("cloudflareProxied", proxied, "true or false"),
  };
}

/** What the cost and failover shapes need of the stack config (the monitors keep their own interval, not healthCheck's). */
export interface TrafficShapeInput extends TrafficConfig {
  routing: Routing;
  healthCheck: Pick<TrafficShapeCommon["healthCheck"], "failureThreshold">;
}

/** The routing part of the cost model's and the failover model's shapes (scripts/stack-shape.ts). */
export function trafficShapes(config: TrafficShapeInput): TrafficShapes {
  const proxied = config.cloudflareProxied;
  // Proxied, Cloudflare answers with its own addresses: no resolver keeps a region's.
  const cache = proxied ? 0 : cloudflareUnproxiedTtl;
  return {
    deployment: {
      dns: "cloudflare",
      policy: config.routing,
      requestInterval: cloudflareMonitorInterval,
      regionAlarms: 0,
      // Proxied, the public name resolves to Cloudflare: its Route53 check reaches an endpoint outside AWS.
      publicEndpointOutsideAws: proxied,
      // Cloudflare's monitors check the origins: no Route53 health check but the public name's.
      healthChecks: () => ({ loadBalancers: 0, basic: 0 }),
      globalLines: (context) => cloudflareLines(config.routing, context),
    },
    failover: {
      checker: "Cloudflare monitors",
      interval: cloudflareMonitorInterval,
      failureThreshold: config.healthCheck.failureThreshold,
      dnsCache: { min: 0, max: cache },
      dnsCacheBasis: proxied
        ? "Cloudflare proxies every request, so no DNS cache delays the switch"
        : `then resolvers keep the old answer up to the ${cache} s TTL`,
      evacuation: {
        range: { min: 5, max: 30 + cache },
        basis: "the region's pool is disabled through Cloudflare's API, outside AWS (no AWS control plane involved); Cloudflare applies it within seconds" +
          (proxied ? " and proxies every request, so no DNS cache delays it" : `, then resolvers keep the old answer up to the ${cache} s TTL`),
      },
    },
  };
}

/** Cloudflare Load Balancing with one origin per region (its load balancer); nothing with one region alone. */
function cloudflareLines(policy: Routing, { regionCount, alone, prices, assumptions: a }: TrafficCostContext): CostLine[] {
  if (alone) return [];
  const cf = prices.cloudflare;
  const origins = regionCount;
  const extra = Math.max(0, origins - cf.includedOrigins);
  const steering = policy === "latency" || policy === "geolocation" ? cf.steeringMonthly : 0;
  const halfMillions = Math.ceil(Math.max(0, a.dnsQueriesMillions - cf.includedQueriesMillions) * 2);
  return [{
    item: "Cloudflare load balancing",
    monthly: cf.loadBalancerMonthly + extra * cf.extraOriginMonthly + steering + halfMillions * cf.perHalfMillionQueries,
    basis: `${usd(cf.loadBalancerMonthly)} (${cf.includedOrigins} origins) + ${extra} more x ${usd(cf.extraOriginMonthly)}` +
      `${steering ? ` + ${policy} steering ${usd(steering)}` : ""}` +
      ` + ${halfMillions} x 500k queries beyond ${cf.includedQueriesMillions} M x ${usd(cf.perHalfMillionQueries)}`,
  }];
}

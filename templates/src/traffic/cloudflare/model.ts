import type { DeploymentShape, Routing } from "../../../scripts/deployment-shape.js";
import type { FailoverShape } from "../../../scripts/failover-model.js";

// Pure: config parsing and the cost and failover shapes of Cloudflare routing. No Pulumi imports, so
// that `npm run cost` (and the generator's own estimate) load it without the provider SDKs.

/** Reports a bad config value: the key, the value and what is allowed (src/config-values.ts). */
type Fail = (key: string, value: unknown, allowed: string) => never;

/** Seconds between the monitor's checks of each pool (src/traffic/cloudflare/index.ts). */
export const cloudflareMonitorInterval = 60;
/** TTL of the load balancer's answers when not proxied: short, so that failover is quick. */
export const cloudflareUnproxiedTtl = 30;

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

/** What the cost and failover shapes need of the stack config. */
export interface TrafficShapeInput extends TrafficConfig {
  routing: Routing;
  healthCheck: { failureThreshold: number };
}

/** The routing part of the cost model's and the failover model's shapes (scripts/stack-shape.ts). */
export function trafficShapes(config: TrafficShapeInput): { deployment: DeploymentShape["routing"]; failover: FailoverShape["routing"] } {
  return {
    deployment: { dns: "cloudflare", policy: config.routing, requestInterval: cloudflareMonitorInterval, proxied: config.cloudflareProxied },
    failover: {
      dns: "cloudflare",
      monitorInterval: cloudflareMonitorInterval,
      failureThreshold: config.healthCheck.failureThreshold,
      proxied: config.cloudflareProxied,
      ttl: cloudflareUnproxiedTtl,
    },
  };
}

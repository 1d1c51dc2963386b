/**
 * How long users take to leave a failed region and how much data can be lost, for the chosen routing
 * and object replication, with the database's own figures (its module's model words them). Ranges,
 * each with the assumptions it rests on. No imports, so that `npm run cost` runs it straight from source.
 */

export interface FailoverShape {
  regionCount: number;
  routing:
    | { dns: "route53"; requestInterval: number; failureThreshold: number; regionSwitch: "metric" | "arc" }
    | { dns: "cloudflare"; monitorInterval: number; failureThreshold: number; proxied: boolean; ttl: number };
  /** The database's figures: its module's model.ts (src/database/<value>/model.ts) words them from its settings. */
  database: FailoverPart[];
  objects: { replication: "none" | "one-way" | "bidirectional"; replicationTimeControl: boolean };
}

/** Seconds, from min to max. */
export interface Range {
  min: number;
  max: number;
}

export interface FailoverPart {
  /** What the figure is, e.g. "users leave a failed region". */
  label: string;
  /** The estimate in words, ranges included. */
  estimate: string;
  /** Why: the settings and facts it follows from. */
  basis: string;
}

export interface FailoverEstimate {
  /** From the region failing to the health checks declaring it down. */
  detection: Range;
  /** Extra time resolvers keep the old answer. */
  dnsCache: Range;
  /** detection + dnsCache: when users reach the surviving regions. */
  traffic: Range;
  /** From an operator throwing the region switch to users reaching the other regions. */
  evacuation: Range;
  parts: FailoverPart[];
}

/** Time-to-live of an alias record to a load balancer: Route53 uses the load balancer's 60 s. */
export const aliasTtlSeconds = 60;

/** "60-150 s", "2-4 min" */
export function formatRange({ min, max }: Range): string {
  if (max < 180) return `${Math.round(min)}-${Math.round(max)} s`;
  const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;
  return `${minutes(min)}-${minutes(max)} min`;
}

export function estimateFailover(shape: FailoverShape): FailoverEstimate {
  const { routing } = shape;
  // A failure starts between two checks: the first failed check comes within one interval, then
  // threshold - 1 more are needed.
  const interval = routing.dns === "route53" ? routing.requestInterval : routing.monitorInterval;
  const detection = { min: (routing.failureThreshold - 1) * interval, max: routing.failureThreshold * interval };
  const dnsCache =
    routing.dns === "route53" ? { min: 0, max: aliasTtlSeconds } : routing.proxied ? { min: 0, max: 0 } : { min: 0, max: routing.ttl };
  const traffic = { min: detection.min + dnsCache.min, max: detection.max + dnsCache.max };
  const checks = routing.dns === "route53"
    ? `Route53 checks every ${interval} s and needs ${routing.failureThreshold} failures (${formatRange(detection)})`
    : `Cloudflare monitors every ${interval} s and needs ${routing.failureThreshold} failures (${formatRange(detection)})`;
  const cache = routing.dns === "route53"
    ? `then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL of the alias records`
    : routing.proxied
      ? "Cloudflare proxies every request, so no DNS cache delays the switch"
      : `then resolvers keep the old answer up to the ${routing.ttl} s TTL`;
  const evacuation = evacuationTime(shape);
  const parts: FailoverPart[] = [
    { label: "users leave a failed region", estimate: formatRange(traffic), basis: `${checks}; ${cache}. Requests in flight to the failed region fail.` },
    { label: "region taken out on purpose (evacuation)", estimate: formatRange(evacuation.range), basis: evacuation.basis },
  ];

  parts.push(...shape.database);

  if (shape.objects.replication !== "none") {
    const direction = shape.objects.replication === "bidirectional" ? "every bucket to every other" : "the primary's bucket to the others";
    parts.push({
      label: "objects lost (region failure)",
      estimate: shape.objects.replicationTimeControl ? "objects written in the last 15 min at most (99.99 %)" : "objects written in the last minutes (no bound)",
      basis: `S3 replicates ${direction} asynchronously; ` +
        (shape.objects.replicationTimeControl
          ? "Replication Time Control replicates 99.99 % of objects within 15 minutes"
          : "most objects replicate within minutes, without a guarantee (Replication Time Control adds one, at a price)"),
    });
  }
  return { detection, dnsCache, traffic, evacuation: evacuation.range, parts };
}

/** How long the region switch takes to move users, and why; no step of it uses a control plane. */
function evacuationTime(shape: FailoverShape): { range: Range; basis: string } {
  const { routing } = shape;
  if (routing.dns === "cloudflare") {
    const cache = routing.proxied ? 0 : routing.ttl;
    return {
      range: { min: 5, max: 30 + cache },
      basis: `the region's pool is disabled through Cloudflare's API, outside AWS (no AWS control plane involved); Cloudflare applies it within seconds${routing.proxied ? " and proxies every request, so no DNS cache delays it" : `, then resolvers keep the old answer up to the ${cache} s TTL`}`,
    };
  }
  if (routing.regionSwitch === "arc") {
    return {
      range: { min: 5, max: 30 + aliasTtlSeconds },
      basis: `the region's routing control is turned On (out of service) through one of the ARC cluster's five regional endpoints (data plane); its Route53 health check follows within seconds, then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL`,
    };
  }
  return {
    range: { min: 60, max: 180 + aliasTtlSeconds },
    basis: "put-metric-data in the region that holds the switch (CloudWatch's data plane, another region than the one taken out); " +
      `its alarm evaluates each minute, Route53's CloudWatch-alarm check follows it, then resolvers keep the old answer up to the ${aliasTtlSeconds} s TTL`,
  };
}

export function formatFailoverEstimate(estimate: FailoverEstimate): string[] {
  return [
    "Failover and data loss (estimates, with what they assume)",
    ...estimate.parts.flatMap((part) => [`  ${part.label}: ${part.estimate}`, `      ${part.basis}`]),
  ];
}

/**
 * How long users take to leave a failed region and how much data can be lost, for the chosen routing
 * and object replication, with the database's and the objects' own figures (their modules' models word them). Ranges,
 * each with the assumptions it rests on. No imports, so that `npm run cost` runs it straight from source.
 */

export interface FailoverShape {
  regionCount: number;
  /** What the global-traffic module decides (its model.ts, src/traffic/<provider>/model.ts). */
  routing: RoutingFailover;
  /** The database's figures: its module's model.ts (src/database/<value>/model.ts) words them from its settings. */
  database: FailoverPart[];
  /** What a region failure loses of the objects: the objects module's model.ts (src/objects/<module>/) words it. */
  objects: FailoverPart[];
}

/** How global routing moves users off a region, as its traffic module describes it. */
export interface RoutingFailover {
  /** Who checks the regions, as the explanation names it: "Route53 checks", "Cloudflare monitors". */
  checker: string;
  /** Seconds between checks, and consecutive failures before a region counts as down. */
  interval: number;
  failureThreshold: number;
  /** How long resolvers may keep answering with a region that left (seconds). */
  dnsCache: Range;
  /** Why, continuing the explanation: "then resolvers keep the old answer up to ...". */
  dnsCacheBasis: string;
  /** Taking a region out on purpose: how long, and through what (no step of it uses a control plane). */
  evacuation: { range: Range; basis: string };
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
  const { interval, failureThreshold, dnsCache, evacuation } = routing;
  const detection = { min: (failureThreshold - 1) * interval, max: failureThreshold * interval };
  const traffic = { min: detection.min + dnsCache.min, max: detection.max + dnsCache.max };
  const checks = `${routing.checker} every ${interval} s and needs ${failureThreshold} failures (${formatRange(detection)})`;
  const cache = routing.dnsCacheBasis;
  const parts: FailoverPart[] = [
    { label: "users leave a failed region", estimate: formatRange(traffic), basis: `${checks}; ${cache}. Requests in flight to the failed region fail.` },
    { label: "region taken out on purpose (evacuation)", estimate: formatRange(evacuation.range), basis: evacuation.basis },
  ];

  parts.push(...shape.database);

  parts.push(...shape.objects);
  return { detection, dnsCache, traffic, evacuation: evacuation.range, parts };
}

export function formatFailoverEstimate(estimate: FailoverEstimate): string[] {
  return [
    "Failover and data loss (estimates, with what they assume)",
    ...estimate.parts.flatMap((part) => [`  ${part.label}: ${part.estimate}`, `      ${part.basis}`]),
  ];
}

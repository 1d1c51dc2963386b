import type { Answers } from "../answers/spec.js";
import { AnswerError, type AnswerSources } from "../answers/validate.js";
import { flagOf } from "../answers/flags.js";
import { trafficChoice, type TrafficChoice } from "../../templates/src/traffic/choices.js";

/** Whether a traffic module puts the load balancers out of the internet's reach (its registry entry). */
const internalWith = (traffic: string): boolean => (trafficChoice(traffic) as TrafficChoice).internalLoadBalancers ?? false;

/**
 * The scheme of the load balancers the last generation wrote, from its base copy of `src/load-balancer.ts`
 * (`.multiregion/base/`): internal only where that file could make them so. A project from before traffic
 * modules made load balancers internal has the module's answer but internet-facing load balancers.
 */
export function internalInBase(storedTraffic: string, baseLoadBalancer: string | undefined): boolean {
  if (!internalWith(storedTraffic)) return false;
  return baseLoadBalancer === undefined || /\binternal: args\.internal\b/.test(baseLoadBalancer);
}

/**
 * A load balancer cannot change between internet-facing and internal in place: Pulumi replaces each region's
 * load balancer, the old one first (its target groups serve one at a time), and a region serves no one until
 * its new one is healthy; a plain `pulumi up` does it to every region at once. A regeneration that would
 * change the scheme is refused unless the user says so (and follows the README's region-by-region steps).
 */
export function refuseLoadBalancerReplacement(
  stored: Partial<Answers> | undefined,
  next: Answers,
  sources: AnswerSources,
  baseLoadBalancer: string | undefined,
  confirmed: boolean,
): void {
  if (confirmed || stored?.traffic === undefined) return;
  const before = internalInBase(stored.traffic, baseLoadBalancer);
  const after = internalWith(next.traffic);
  if (before === after) return;
  const scheme = (internal: boolean) => (internal ? "internal" : "internet-facing");
  const cause = stored.traffic === next.traffic
    ? `traffic "${next.traffic}" now makes the load balancers ${scheme(after)}`
    : `traffic "${next.traffic}" (from ${sources.traffic ?? "the answers"}) makes the load balancers ${scheme(after)}, "${stored.traffic}" made them ${scheme(before)}`;
  const keep = stored.traffic === next.traffic ? "regenerate with the generator version that made the project" : `keep traffic "${stored.traffic}"`;
  throw new AnswerError(
    `${cause}: that replaces every region's load balancer, each region serving no one until its new one is healthy; ` +
      `allowed: ${keep}, or ${flagOf("replaceLoadBalancers")} and deploy region by region (README.md, "Upgrading and removing")`,
  );
}

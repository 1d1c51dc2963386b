import type { Answers } from "../answers/spec.js";
import { AnswerError, type AnswerSources } from "../answers/validate.js";
import { flagOf } from "../answers/flags.js";


/**
 * Moving primaryRegion of an Aurora Global Database project makes Pulumi replace every cluster
 * (the writer's credentials and the secondaries' source region are creation-time settings): the
 * data goes with them. A regeneration that would do that is refused unless the user says so.
 */
export function refusePrimaryRegionChange(stored: Partial<Answers> | undefined, next: Answers, sources: AnswerSources, confirmed: boolean): void {
  if (confirmed || stored?.database !== "aurora-global" || next.database !== "aurora-global") return;
  const before = stored.primaryRegion ?? stored.regions?.[0];
  if (before === undefined || before === next.primaryRegion) return;
  throw new AnswerError(
    `primaryRegion "${next.primaryRegion}" (from ${sources.primaryRegion ?? "the answers"}): moving the Aurora writer from ${before} replaces every Aurora cluster and deletes their data; ` +
      `allowed: keep ${before} and move the writer with a planned switchover (README.md, "Aurora switchover and failover"), or ${flagOf("replaceAurora")} to replace the clusters anyway`,
  );
}

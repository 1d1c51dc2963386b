import { findRegion } from "../regions/catalog.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import type { Answers } from "./spec.js";

/** Combinations that deploy but are risky or surprising: shown, never fatal. */
export function answerWarnings(answers: Answers, options: { defaultedDomain?: boolean } = {}): string[] {
  const warnings: string[] = [];
  if (options.defaultedDomain) {
    warnings.push(`domain is the placeholder ${answers.domain}: set the real name (config key "domain") before deploying`);
  }
  if (answers.routing === "geolocation") {
    const firstByContinent = new Map<string, string>();
    // The program walks the regions primary first: the first of a continent gets its record.
    const primaryFirst = [answers.primaryRegion, ...answers.regions.filter((region) => region !== answers.primaryRegion)];
    for (const region of primaryFirst) {
      const continent = findRegion(region)?.continent ?? "";
      const first = firstByContinent.get(continent);
      if (first) {
        warnings.push(`geolocation: ${region} shares continent ${continent} with ${first}, so ${first} answers for ${continent} and ${region} takes users only when another region fails (latency routing would use both)`);
      } else firstByContinent.set(continent, region);
    }
  }
  if (answers.routing !== "weighted" && Object.values(answers.weights).some((weight) => weight !== 100)) {
    warnings.push(`weights are used only with weighted routing; routing is ${answers.routing}`);
  }
  // The database module's own warnings (Aurora's write forwarding off, say).
  warnings.push(...(databaseChoice(answers.database).warnings?.(answers) ?? []));
  const optIn = answers.regions.filter((region) => findRegion(region)?.optIn);
  if (optIn.length > 0) warnings.push(`${optIn.join(", ")}: opt-in region(s), enable them in the AWS account before deploying`);
  if (answers.minSize < 2) warnings.push("minSize below 2 leaves a region on a single instance in a single availability zone");
  return warnings;
}

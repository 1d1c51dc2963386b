import { z } from "zod";
import { answerNames, answerSpecs, routings, specOf, type AnswerName, type Answers } from "./spec.js";
import { findRegion } from "../regions/catalog.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import { objectsRegionProblems } from "../../templates/src/objects/choices.js";
import { flagOf } from "./flags.js";
import { routingsOf, trafficRegionProblems, trafficValuesReading } from "../../templates/src/traffic/choices.js";

/** A bad input: one line that names the field, the value, where it came from and what is allowed. */
export class AnswerError extends Error {
  override name = "AnswerError";
}

/** Where each answer came from, for error messages: "--regions", "answers.json", ".yo-rc.json", ... */
export type AnswerSources = Partial<Record<AnswerName, string>>;

export function displayValue(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.join(","));
  if (value && typeof value === "object") {
    return JSON.stringify(Object.entries(value).map(([key, item]) => `${key}=${String(item)}`).join(","));
  }
  return JSON.stringify(value) ?? String(value);
}

/** Weights as Route53 will see them: the given ones, 100 for regions without one. */
export function effectiveWeights(answers: Pick<Answers, "regions" | "weights">): Record<string, number> {
  return Object.fromEntries(answers.regions.map((region) => [region, answers.weights[region] ?? 100]));
}

const shape = Object.fromEntries(answerNames.map((name) => [name, specOf(name).schema])) as {
  [K in AnswerName]: z.ZodType<Answers[K]>;
};

/**
 * Rules between answers. Each problem is reported on one answer and names every answer it involves,
 * so that a prompt shows it where changing the answer can fix it (see problemAmong).
 */
const answersSchema = z.strictObject(shape).superRefine((answers, context) => {
  const problem = (path: AnswerName, message: string, involves: AnswerName[] = []) =>
    context.addIssue({ code: "custom", path: [path], message, params: { involves: [path, ...involves] } });
  const chosen = answers.regions.join(", ");
  if (!answers.regions.includes(answers.primaryRegion)) {
    problem("primaryRegion", `is not one of the chosen regions (${chosen})`, ["regions"]);
  }
  const strangers = Object.keys(answers.weights).filter((region) => !answers.regions.includes(region));
  if (strangers.length > 0) problem("weights", `names ${strangers.join(", ")}, not among the chosen regions (${chosen})`, ["regions"]);
  if (answers.routing === "weighted" && Object.values(effectiveWeights(answers)).every((weight) => weight === 0)) {
    problem("weights", "are all 0, so Route53 would ignore them and split traffic equally", ["routing", "regions"]);
  }
  // Rules of the chosen database module on where it runs (templates/src/database/choices.ts).
  for (const text of databaseChoice(answers.database).regionProblems?.(answers.regions, findRegion) ?? []) problem("database", text, ["regions"]);
  // Rules of the chosen objects module on where it runs (templates/src/objects/choices.ts).
  for (const text of objectsRegionProblems(answers.objectReplication, answers.regions, findRegion)) problem("objectReplication", text, ["regions"]);
  // Routing policies the chosen traffic module cannot carry out (its registry entry lists the ones it can).
  const carried = routingsOf(answers.traffic, routings);
  if (!carried.includes(answers.routing)) {
    problem("routing", `is not available with traffic ${answers.traffic}, which carries out ${carried.join(", ")}`, ["traffic"]);
  }
  // Rules of the chosen traffic module on where it runs (templates/src/traffic/choices.ts).
  for (const text of trafficRegionProblems(answers.traffic, answers.regions)) problem("traffic", text, ["regions"]);
  if (answers.regionSwitch === "arc" && !trafficValuesReading("regionSwitch").some((value) => value === answers.traffic)) {
    // ARC routing controls gate Route53 records; with Cloudflare, its pools take regions out of service.
    problem("regionSwitch", `needs traffic ${trafficValuesReading("regionSwitch").join(" or ")} (ARC routing controls gate Route53 records); traffic is ${answers.traffic}`);
  }
  if (answers.domain.length > 64) {
    problem("domain", `is ${answers.domain.length} characters; an ACM certificate's name takes at most 64`);
  }
  if (answers.minSize > answers.maxSize) problem("minSize", `is above maxSize (${answers.maxSize})`, ["maxSize"]);
  if (answers.desiredCapacity < answers.minSize || answers.desiredCapacity > answers.maxSize) {
    problem("desiredCapacity", `is outside minSize..maxSize (${answers.minSize}..${answers.maxSize})`, ["minSize", "maxSize"]);
  }
});

/** The answers a rule's problem involves (every field for a problem of a single answer). */
function involvedIn(issue: z.core.$ZodIssue): readonly string[] {
  const involves = (issue as { params?: { involves?: string[] } }).params?.involves;
  return involves ?? [String(issue.path[0])];
}

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>, sources: AnswerSources, origin: string): string {
  const field = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys") {
    return `${origin}: unknown answer ${issue.keys.map((key) => `"${key}"`).join(", ")}; allowed: ${answerNames.join(", ")}`;
  }
  if (!(field in answerSpecs)) return `${origin}: ${issue.message}`;
  const name = field as AnswerName;
  const spec = specOf(name);
  // A default that fails says where it came from ("the folder's name").
  const source = sources[name] === "default" ? spec.defaultText : (sources[name] ?? origin);
  const suggestion = spec.suggest?.(input[name]);
  // `yo multiregion --routing --yes` parses as an empty value.
  const message = input[name] === "" ? "no value given" : issue.message;
  return `${name} ${displayValue(input[name])} (from ${source}): ${message}; allowed: ${spec.allowed}${suggestion ? `; for example ${flagOf(name)} ${suggestion}` : ""}`;
}

/**
 * Checks a complete set of answers; throws an AnswerError naming the first bad one.
 * `origin` names the input as a whole (for unknown keys), `sources` each answer's own origin.
 */
export function validateAnswers(input: Record<string, unknown>, sources: AnswerSources = {}, origin = "answers"): Answers {
  const result = answersSchema.safeParse(input);
  if (result.success) return result.data as Answers;
  throw new AnswerError(describeIssue(result.error.issues[0]!, input, sources, origin));
}

/** Unknown keys in a partial answers object (an answers file, a stored config). */
export function checkKnownKeys(input: Record<string, unknown>, origin: string): void {
  const unknown = Object.keys(input).filter((key) => !(key in answerSpecs));
  if (unknown.length > 0) {
    throw new AnswerError(`${origin}: unknown answer ${unknown.map((key) => `"${key}"`).join(", ")}; allowed: ${answerNames.join(", ")}`);
  }
}

/** Checks each given answer on its own, so a bad value is named before anything else is asked or defaulted. */
export function validateGiven(given: Partial<Answers>, sources: AnswerSources): void {
  for (const name of answerNames) {
    if (given[name] === undefined) continue;
    const result = specOf(name).schema.safeParse(given[name]);
    if (!result.success) {
      throw new AnswerError(describeIssue({ ...result.error.issues[0]!, path: [name] }, given, sources, sources[name] ?? "answers"));
    }
  }
}

/** Validation of one answer at a prompt: the message, or true. */
export function validateOne(name: AnswerName, value: unknown): true | string {
  const result = specOf(name).schema.safeParse(value);
  return result.success ? true : `${result.error.issues[0]?.message ?? "is not valid"}; allowed: ${specOf(name).allowed}`;
}

/**
 * The first problem of a complete set of answers that involves `field` (a rule between answers such
 * as primary among regions or min <= desired <= max, or the answer's own format) and otherwise only
 * settled answers: a prompt shows it at once, where changing the answer can fix it, instead of failing
 * after the last question, and never because of an answer still to be asked.
 */
export function problemAmong(complete: Record<string, unknown>, field: string, settled: (field: string) => boolean = () => true): string | undefined {
  const result = answersSchema.safeParse(complete);
  const issue = result.success
    ? undefined
    : result.error.issues.find((found) => involvedIn(found).includes(field) && involvedIn(found).every((other) => other === field || settled(other)));
  return issue && `${String(issue.path[0])} ${displayValue(complete[String(issue.path[0])])} ${issue.message}`;
}

/** Why `field`'s value breaks a rule with settled answers (the message only), or undefined. */
export function ruleAgainst(complete: Record<string, unknown>, field: string, settled: (field: string) => boolean = () => true): string | undefined {
  const result = answersSchema.safeParse(complete);
  return result.success
    ? undefined
    : result.error.issues.find((found) => found.path[0] === field && found.code === "custom" && involvedIn(found).every((other) => other === field || settled(other)))?.message;
}

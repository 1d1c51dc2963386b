// The global-traffic modules the generator offers, one per `traffic` answer. Read by the generator only
// (answers schema, file table, estimates); not copied into projects.
import { cloudflare } from "./cloudflare/choice.js";
import { globalAccelerator } from "./global-accelerator/choice.js";
import { route53 } from "./route53/choice.js";
import type { TrafficShapeCommon, TrafficShapes } from "./model-contract.js";
import type { Routing } from "../../scripts/deployment-shape.js";
import { choiceValues, findChoice, type Choice } from "../choice.js";
import type { Fail } from "../config-values.js";

/** What one traffic module declares about itself, beyond what every module does (src/choice.ts). */
export interface TrafficChoice<Value extends string = string> extends Choice<Value> {
  /** Answers that only this module reads (asked, and allowed other than their default, only with it). */
  ownAnswers: readonly string[];
  /** npm packages its code imports, beyond what every project depends on: name -> version range. */
  dependencies: Readonly<Record<string, string>>;
  /** Further config commands of the next steps, after its secrets. */
  settings: readonly string[];
  /**
   * The routing policies it can carry out, when not every one: the answers schema refuses the others
   * with one line (and `--help` lists them). Default: every policy.
   */
  routings?: readonly Routing[];
  /**
   * Problems with the chosen regions, one line each (e.g. a region the service is not offered in); the
   * answers schema refuses the answers with them. Default: none.
   */
  regionProblems?: (regions: readonly string[]) => string[];
  /** What `--help` adds to the value, e.g. "routing latency, weighted or failover". Default: nothing. */
  requirement?: string;
  /**
   * Its load balancers are internal: users reach a region only through the module's own entry (Global
   * Accelerator), never at a load balancer's public name. Default: false (internet-facing).
   */
  internalLoadBalancers?: boolean;
  /**
   * An npm script of its own (in `scripts/`, among its verbatim files) that must pass before every
   * `pulumi up`: CI runs it in the deploy job first. Default: none.
   */
  deployPreflight?: { script: string; command: string };
  /** The stack output an operator's runbook reads (the CI deploy summary prints it). */
  runbookOutput: string;
  /**
   * The routing part of the cost and failover shapes, from its model.ts: its stack config keys read
   * from `get` (parseTrafficConfig), with what every module shares.
   */
  shapes(get: (key: string) => unknown, fail: Fail, common: TrafficShapeCommon): TrafficShapes;
}

/** Every traffic module; the first is the default. */
export const trafficChoices = [route53, cloudflare, globalAccelerator] as const;
export type TrafficValue = (typeof trafficChoices)[number]["value"];
/** The `traffic` answer's values, in the registry's order. */
export const trafficValues = choiceValues(trafficChoices);

export const trafficChoice = (value: string): (typeof trafficChoices)[number] => findChoice("traffic", trafficChoices, value);

/** The routing policies a traffic module carries out (every one unless its entry lists them). */
export const routingsOf = (value: string, every: readonly Routing[]): readonly Routing[] =>
  (trafficChoice(value) as TrafficChoice).routings ?? every;

/** Problems the chosen traffic module has with the chosen regions (its registry entry's regionProblems). */
export const trafficRegionProblems = (value: string, regions: readonly string[]): string[] =>
  (trafficChoice(value) as TrafficChoice).regionProblems?.(regions) ?? [];

/** The `traffic` answer's values as `--help` lists them, each with what it requires. */
export const trafficAllowed = (): string =>
  trafficChoices.map((choice: TrafficChoice) => (choice.requirement ? `${choice.value} (${choice.requirement})` : choice.value)).join(", ");

/** The traffic modules that read an answer, e.g. regionSwitch: route53. */
export const trafficValuesReading = (answer: string): TrafficValue[] =>
  trafficChoices.filter((choice) => choice.ownAnswers.some((own: string) => own === answer)).map(({ value }) => value);

/**
 * The routing part of the cost and failover shapes of a project as generated: its module parses the
 * stack config values the generator writes (`values`, every other key at its default).
 */
export function generatedTrafficShapes(value: string, values: Record<string, unknown>, common: TrafficShapeCommon): TrafficShapes {
  const fail: Fail = (key, given, allowed) => {
    throw new Error(`config ${key} is ${JSON.stringify(given)}; allowed: ${allowed}`);
  };
  return trafficChoice(value).shapes((key) => values[key], fail, common);
}

import { AnswerError } from "../answers/validate.js";
import type { Answers } from "../answers/spec.js";
import { findRegion, regionCodes } from "./catalog.js";

export const regionActions = ["add", "remove"] as const;
export type RegionAction = (typeof regionActions)[number];

export interface RegionChange {
  regions: string[];
  /** The stored weights without a removed region's (weights may only name chosen regions). */
  weights: Record<string, number>;
}

/**
 * `yo multiregion:region add|remove <code...>`: the project's new region list. The full answer
 * validation still runs on the result; this only says, in one line each, why a change makes no sense.
 */
export function changeRegions(
  action: string | undefined,
  codes: readonly string[],
  stored: Pick<Answers, "regions" | "primaryRegion"> & Partial<Pick<Answers, "weights">>,
): RegionChange {
  if (!regionActions.includes(action as RegionAction)) {
    throw new AnswerError(`action ${JSON.stringify(action ?? "")}: unknown; allowed: ${regionActions.join(", ")} (yo multiregion:region add <region>)`);
  }
  const current = stored.regions;
  const weights = { ...stored.weights };
  if (codes.length === 0) {
    throw new AnswerError(`region: missing; allowed: ${action} <region code>..., e.g. ${action} ${action === "add" ? "eu-central-1" : current.at(-1)}`);
  }
  const twice = codes.find((code, index) => codes.indexOf(code) !== index);
  if (twice) throw new AnswerError(`region "${twice}": given twice; allowed: each region once`);
  if (action === "add") {
    for (const code of codes) {
      if (!findRegion(code)) throw new AnswerError(`region "${code}": not an AWS commercial region; allowed: ${regionCodes.join(", ")}`);
      if (current.includes(code)) {
        throw new AnswerError(`region "${code}": already in the project (${current.join(", ")}); allowed: a region not yet in it`);
      }
    }
    return { regions: [...current, ...codes], weights };
  }
  for (const code of codes) {
    if (!current.includes(code)) throw new AnswerError(`region "${code}": not in the project; allowed: ${current.join(", ")}`);
    if (code === stored.primaryRegion) {
      const secondaries = current.filter((region) => region !== code);
      throw new AnswerError(
        `region "${code}": is the primary region; allowed: a secondary region (${secondaries.join(", ")}), or first make another region primary with yo multiregion --primary-region <region>`,
      );
    }
  }
  const left = current.filter((region) => !codes.includes(region));
  if (left.length < 2) {
    throw new AnswerError(`region "${codes.join(", ")}": removing it would leave ${left.length} region${left.length === 1 ? "" : "s"}; allowed: at least 2 regions (add one first)`);
  }
  for (const code of codes) delete weights[code];
  return { regions: left, weights };
}

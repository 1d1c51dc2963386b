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
 * `yo multiregion:region add|remove <code>`: the project's new region list. The full answer
 * validation still runs on the result; this only says, in one line each, why a change makes no sense.
 */
export function changeRegions(action: string | undefined, code: string | undefined, stored: Pick<Answers, "regions" | "primaryRegion"> & Partial<Pick<Answers, "weights">>): RegionChange {
  if (!regionActions.includes(action as RegionAction)) {
    throw new AnswerError(`action ${JSON.stringify(action ?? "")}: unknown; allowed: ${regionActions.join(", ")} (yo multiregion:region add <region>)`);
  }
  const current = stored.regions;
  const weights = { ...stored.weights };
  if (!code) throw new AnswerError(`region: missing; allowed: ${action} <region code>, e.g. ${action} ${action === "add" ? "eu-central-1" : current.at(-1)}`);
  if (action === "add") {
    if (!findRegion(code)) throw new AnswerError(`region "${code}": not an AWS commercial region; allowed: ${regionCodes.join(", ")}`);
    if (current.includes(code)) {
      throw new AnswerError(`region "${code}": already in the project (${current.join(", ")}); allowed: a region not yet in it`);
    }
    return { regions: [...current, code], weights };
  }
  if (!current.includes(code)) throw new AnswerError(`region "${code}": not in the project; allowed: ${current.join(", ")}`);
  if (code === stored.primaryRegion) {
    const secondaries = current.filter((region) => region !== code);
    throw new AnswerError(
      `region "${code}": is the primary region; allowed: a secondary region (${secondaries.join(", ")}), or first make another region primary with yo multiregion --primary-region <region>`,
    );
  }
  if (current.length <= 2) {
    throw new AnswerError(`region "${code}": removing it would leave ${current.length - 1} region; allowed: at least 2 regions (add one first)`);
  }
  delete weights[code];
  return { regions: current.filter((region) => region !== code), weights };
}

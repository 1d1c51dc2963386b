import { AnswerError } from "../answers/validate.js";
import { flagOf } from "../answers/flags.js";
import type { Invocation } from "../cli/options.js";
import type { FileDecision } from "./decide.js";
import { pendingDir } from "./journal.js";
import { attributesPath, manifestPath } from "./manifest.js";
import { generatorName } from "./markers.js";
import type { FileChange, RegenPlan } from "./plan.js";

export interface CheckInput {
  plan: RegenPlan;
  /** The rewrite of .yo-rc.json a regeneration would make, if any. */
  yoRc?: FileChange;
  /** The generator version .yo-rc.json records. */
  storedVersion?: string;
  generatorVersion: string;
  /** A run was interrupted after it committed to its changes and nobody finished it. */
  interrupted: boolean;
}

/** Why a regeneration would touch a file, in a few words; undefined when it would not. */
function projectReason(decision: FileDecision): string | undefined {
  switch (decision.status) {
    case "created":
      return "not there yet; a regeneration would create it";
    case "updated":
      return "the template changed (you never edited it); a regeneration would update it";
    case "merged":
      return "the template changed; a regeneration would merge it with your edits";
    case "moved":
      return `${decision.note ?? "moved"}; a regeneration would move it`;
    case "removed":
      return decision.remove ? "no longer generated; a regeneration would delete it" : undefined;
    case "conflict":
      return `in conflict: ${decision.note ?? "your edit and the template change the same lines"}`;
    default:
      return undefined;
  }
}

const baseOf = (path: string): string | undefined => /^\.multiregion\/base\/(.+)\.base$/.exec(path)?.[1];

/**
 * `--check`: one line per file whose state differs from what a regeneration with the stored answers
 * would leave. Edits a regeneration would keep as they are (template unchanged there) are in sync.
 */
export function driftLines(input: CheckInput): string[] {
  const lines = new Map<string, string>();
  if (input.interrupted) lines.set(pendingDir, "an interrupted run was never finished; a run finishes it");
  for (const decision of input.plan.decisions) {
    const reason = projectReason(decision);
    if (reason) lines.set(decision.path, reason);
  }
  // The base of a file written once (src/custom/) is bookkeeping: the file is the team's.
  const writeOnce = new Set(input.plan.decisions.filter((decision) => decision.row === "write-once").map((decision) => decision.path));
  // The old path of a moved file is reported with its new path.
  const movedFrom = new Set(input.plan.decisions.flatMap((decision) => decision.movedFrom ?? []));
  for (const change of input.plan.stateChanges) {
    const path = baseOf(change.path);
    if (path !== undefined) {
      if (!lines.has(path) && !writeOnce.has(path) && !movedFrom.has(path)) {
        lines.set(path, change.remove ? "no longer generated; a regeneration would drop its base" : "already as the template renders it, but the base in .multiregion is older; a regeneration would record the new render");
      }
    } else if (change.path === attributesPath) {
      lines.set(attributesPath, "out of date; a regeneration would rewrite it");
    }
  }
  if (input.yoRc) {
    const moved = input.storedVersion !== input.generatorVersion;
    lines.set(".yo-rc.json", moved ? `records ${generatorName} ${input.storedVersion ?? "(none)"}; a regeneration records ${input.generatorVersion}` : "a regeneration would rewrite it");
  }
  // The manifest follows the files; on its own it matters only when it records another version.
  const manifestChanges = input.plan.stateChanges.some((change) => change.path === manifestPath);
  if (lines.size === 0 && manifestChanges && input.plan.previousVersion !== input.generatorVersion) {
    lines.set(manifestPath, `records ${generatorName} ${input.plan.previousVersion ?? "(none)"}; a regeneration records ${input.generatorVersion}`);
  }
  return [...lines].map(([path, reason]) => `${path}: ${reason}`);
}

/** The last line of a check: in sync, or how many files are not and what to do. */
export function checkVerdict(drift: readonly string[], generatorVersion: string, files: number): string {
  if (drift.length === 0) return `In sync: the ${files} generated files are what ${generatorName} ${generatorVersion} makes of .yo-rc.json (your merged edits included)`;
  const count = `${drift.length} file${drift.length === 1 ? "" : "s"}`;
  return `${count} not in sync with ${generatorName} ${generatorVersion}: run it without --check to regenerate, review the diff, commit`;
}

/**
 * `--check` compares a generated project with the answers it stores: refused elsewhere, and with
 * options that would change the answers (it would compare with something else).
 */
export function refuseUncheckable(root: string, generated: boolean, invocation: Invocation): void {
  if (!generated) {
    throw new AnswerError(`--check: ${root} is not a project generated by ${generatorName} (no .yo-rc.json); allowed: run --check inside one`);
  }
  const changing = [
    ...Object.keys(invocation.answers).map(flagOf),
    ...(invocation.run.answers ? [flagOf("answers")] : []),
    ...(invocation.run.reconfigure ? [flagOf("reconfigure")] : []),
  ];
  if (changing.length > 0) {
    throw new AnswerError(`--check with ${changing.join(", ")}: --check compares the project with the answers in .yo-rc.json; allowed: --check without answer flags`);
  }
}

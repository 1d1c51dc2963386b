import type { FileStatus } from "./decide.js";
import { generatorName } from "./markers.js";
import type { RegenPlan } from "./plan.js";

/** Reading order: what arrived, what changed, what was left alone, then what needs the user. */
const statusOrder: FileStatus[] = ["created", "updated", "merged", "moved", "removed", "kept", "deleted-by-you", "conflict"];
const width = Math.max(...statusOrder.map((status) => status.length));

export interface SummaryOptions {
  dryRun: boolean;
  generatorVersion: string;
}

/** One line per file the run touched or left for a reason, then the unchanged count and the verdict. */
export function regenSummaryLines(plan: RegenPlan, options: SummaryOptions): string[] {
  const from = plan.previousVersion && plan.previousVersion !== options.generatorVersion ? ` (was ${plan.previousVersion})` : "";
  const lines = [
    options.dryRun
      ? `Dry run with ${generatorName} ${options.generatorVersion}${from}: nothing was written; a regeneration would do this:`
      : `Regenerated with ${generatorName} ${options.generatorVersion}${from}:`,
  ];
  for (const status of statusOrder) {
    for (const decision of plan.decisions.filter((item) => item.status === status)) {
      lines.push(`  ${status.padEnd(width)}  ${decision.path}${decision.note ? `  (${decision.note})` : ""}`);
    }
  }
  const unchanged = plan.decisions.filter((decision) => decision.status === "unchanged").length;
  if (unchanged > 0) lines.push(`  ${unchanged} file${unchanged === 1 ? "" : "s"} unchanged`);
  if (plan.projectChanges.length === 0 && plan.stateChanges.length === 0) lines.push("Nothing to change: the project is up to date.");
  return lines;
}

/** The one line a run that leaves (or, dry, would leave) conflicts fails with. */
export function conflictMessage(conflicts: readonly string[], options: { dryRun: boolean }): string {
  const files = conflicts.length === 1 ? "file" : "files";
  return options.dryRun
    ? `${conflicts.length} ${files} would be in conflict: ${conflicts.join(", ")}; nothing was written`
    : `${conflicts.length} ${files} in conflict: ${conflicts.join(", ")}; resolve the <<<<<<< markers (or merge the .multiregion-new files by hand and delete them), then commit`;
}

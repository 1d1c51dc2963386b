import { conflictLabels, hasConflictMarkers, sidecarPath } from "./markers.js";
import type { KeyMerge } from "./keyed-files.js";
import { mergeText } from "./merge.js";

/** What the summary says happened to a file. */
export type FileStatus = "created" | "updated" | "merged" | "moved" | "kept" | "conflict" | "deleted-by-you" | "removed" | "unchanged";

/** The row of the regeneration table (DESIGN.md section 4) that decided a file. */
export type Row =
  | "create"
  | "deleted-by-user"
  | "equals-new-render"
  | "unedited"
  | "template-unchanged"
  | "both-changed"
  | "never-generated"
  | "no-longer-rendered"
  | "write-once";

export type ConflictMode = "markers" | "new-file";

export interface FileFacts {
  path: string;
  /** The new render; undefined when the templates no longer produce this file. */
  rendered?: string;
  writeOnce: boolean;
  /** Listed in the previous manifest. */
  generatedBefore: boolean;
  /** What was rendered last time, when known (a lost or damaged base is undefined). */
  base?: string;
  /** The user's file on disk. */
  yours?: string;
  /** An earlier run's `<path>.multiregion-new` still on disk. */
  sidecar?: string;
}

export interface DecideOptions {
  onConflict: ConflictMode;
  generatorVersion: string;
  /** The merge by key of the stack config and package.json (keyed-files.ts); without it, they merge by line. */
  mergeByKey?: KeyMerge;
}

export interface FileDecision {
  path: string;
  row: Row;
  status: FileStatus;
  /** A few words for the summary: why, or what the user should do. */
  note?: string;
  /** New contents for the file; undefined leaves it as it is. */
  write?: string;
  remove?: true;
  /** `<path>.multiregion-new`: the merge with the template's side of each conflict (`--on-conflict new-file`). */
  sidecar?: { path: string; content: string };
  /** Conflicting sections marked in the file. */
  conflicts?: number;
  /** The path the file had in the last generation, when the templates moved it (src/regen/moves.ts). */
  movedFrom?: string;
}

type Verdict = Omit<FileDecision, "path" | "row">;

/** Both sides changed (or there is no base to tell): merge, mark or set aside what cannot be merged. */
function merge(facts: FileFacts & { rendered: string; yours: string }, base: string, options: DecideOptions, why?: string): Verdict {
  const labels = conflictLabels(facts.path, options.generatorVersion);
  const merged = options.mergeByKey?.(facts.path, facts.yours, base, facts.rendered, labels) ?? mergeText(facts.yours, base, facts.rendered, labels);
  if (merged.conflicts === 0) return { status: "merged", write: merged.text, ...(why ? { note: why } : {}) };
  if (options.onConflict === "new-file") {
    const path = sidecarPath(facts.path);
    return {
      status: "conflict",
      note: `${why ? `${why}; ` : ""}your file is untouched; ${path} holds it merged, with the template's side where both changed: compare, keep what you want, then delete it`,
      sidecar: { path, content: merged.theirsAtConflicts },
    };
  }
  const sections = `${merged.conflicts} conflicting section${merged.conflicts === 1 ? "" : "s"} marked <<<<<<< yours / >>>>>>>`;
  return { status: "conflict", write: merged.text, conflicts: merged.conflicts, note: why ? `${why}; ${sections}` : sections };
}

/** A file the templates still render. */
function decideRendered(facts: FileFacts & { rendered: string }, options: DecideOptions): [Row, Verdict] {
  const { rendered, yours, base } = facts;
  if (yours === undefined) {
    return facts.generatedBefore
      ? ["deleted-by-user", { status: "deleted-by-you", note: `left deleted; to get it back, remove its entry from .multiregion/manifest.json` }]
      : ["create", { status: "created", write: rendered }];
  }
  if (facts.writeOnce) return ["write-once", yours === rendered ? { status: "unchanged" } : { status: "kept", note: "yours: written once, never regenerated" }];
  if (yours === rendered) return ["equals-new-render", { status: "unchanged" }];
  const withYours = { ...facts, yours };
  if (!facts.generatedBefore) return ["never-generated", merge(withYours, "", options, "was not generated before")];
  if (base === undefined) return ["both-changed", merge(withYours, "", options, "no base from the last generation")];
  if (yours === base) return ["unedited", { status: "updated", write: rendered }];
  if (rendered === base) return ["template-unchanged", { status: "kept", note: "your edit; template unchanged" }];
  return ["both-changed", merge(withYours, base, options)];
}

/** A file the previous generation wrote and the templates no longer render. */
function decideDropped(facts: FileFacts): [Row, Verdict] {
  if (facts.yours === undefined) return ["no-longer-rendered", { status: "removed", note: "no longer generated; already deleted" }];
  if (facts.writeOnce) return ["write-once", { status: "kept", note: "yours: no longer generated, left as it is" }];
  if (facts.yours === facts.base) return ["no-longer-rendered", { status: "removed", remove: true, note: "no longer generated" }];
  return ["no-longer-rendered", { status: "kept", note: "no longer generated; kept because you edited it (now yours)" }];
}

/**
 * One row of the regeneration table for one file. Nothing is ever lost: an edit is kept, merged or
 * marked; a file is deleted only when it is exactly what was generated.
 */
export function decideFile(facts: FileFacts, options: DecideOptions): FileDecision {
  const [row, verdict] = facts.rendered === undefined ? decideDropped(facts) : decideRendered({ ...facts, rendered: facts.rendered }, options);
  const decision: FileDecision = { path: facts.path, row, ...verdict };
  return row === "write-once" ? decision : flagUnresolved(decision, facts);
}

/** Markers or a `.multiregion-new` from an earlier run that nobody resolved keep the file in conflict. */
function flagUnresolved(decision: FileDecision, facts: FileFacts): FileDecision {
  if (decision.status === "conflict" || decision.remove) return decision;
  const result = decision.write ?? facts.yours;
  if (result !== undefined && hasConflictMarkers(result)) {
    return { ...decision, status: "conflict", note: "unresolved <<<<<<< yours / >>>>>>> markers from an earlier run" };
  }
  if (facts.sidecar !== undefined && facts.yours !== undefined) {
    return { ...decision, status: "conflict", note: `${sidecarPath(facts.path)} from an earlier run: merge it by hand, then delete it` };
  }
  return decision;
}

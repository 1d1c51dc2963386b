import type { FileDecision } from "./decide.js";
import type { Manifest } from "./manifest.js";
import type { FileChange } from "./plan.js";

/** A generated file whose template now renders under another path. */
export interface FileMove {
  from: string;
  to: string;
}

/**
 * The moves that apply to this project, keyed by new path: the old path was generated last time (and
 * not written once: those files are the team's), the new render has the new path and not the old one,
 * and the new path is neither generated before nor on disk (a file already there is decided as usual).
 */
export function pendingMoves(
  movedFiles: Readonly<Record<string, string>>,
  previous: Manifest | undefined,
  rendered: ReadonlyMap<string, unknown>,
  read: (path: string) => string | undefined,
): Map<string, FileMove> {
  const moves = new Map<string, FileMove>();
  for (const [from, to] of Object.entries(movedFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const old = previous?.files[from];
    if (!old || old.writeOnce || rendered.has(from) || !rendered.has(to)) continue;
    if (previous?.files[to] || read(to) !== undefined || moves.has(to)) continue;
    moves.set(to, { from, to });
  }
  return moves;
}

/** What the old file held, as the decision for the new path was taken on it. */
export interface MovedFacts {
  /** The user's copy of the old path; undefined when they deleted it. */
  yours?: string;
  /** The old path's base, when trusted. */
  base?: string;
  /** An earlier run's `<new path>.multiregion-new`. */
  sidecar?: string;
}

/**
 * The decision for the new path, taken on the old file's contents and base, restated as a move: the
 * result (your file, updated, merged or marked) is written at the new path and the old file removed.
 * A deleted old file stays deleted: the new path is not created.
 */
export function moveDecision(decision: FileDecision, move: FileMove, facts: MovedFacts): { decision: FileDecision; changes: FileChange[] } {
  if (facts.yours === undefined) {
    const note = `was ${move.from}, which you deleted: left deleted; to get it back, remove its entry from .multiregion/manifest.json`;
    return { decision: { ...decision, movedFrom: move.from, note }, changes: [] };
  }
  const moved = `moved ${move.from} -> ${move.to}${facts.yours === facts.base ? "" : ", your edits kept"}`;
  const conflict = decision.status === "conflict";
  const changes: FileChange[] = [{ path: move.to, content: decision.write ?? facts.yours }, { path: move.from, remove: true }];
  if (decision.sidecar && decision.sidecar.content !== facts.sidecar) changes.push(decision.sidecar);
  return {
    decision: { ...decision, movedFrom: move.from, status: conflict ? "conflict" : "moved", note: conflict ? `${moved}; ${decision.note}` : moved },
    changes,
  };
}

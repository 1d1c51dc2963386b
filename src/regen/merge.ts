import { diff3Merge, diffComm } from "node-diff3";
import { conflictBlock, type ConflictLabels } from "./markers.js";
import { formatText, mergeShape, parseText } from "./text.js";

export interface TextMerge {
  text: string;
  /** Conflicting sections written with markers; 0 means the merge is clean. */
  conflicts: number;
  /** The merge with the template's side taken at every conflict (`--on-conflict new-file`). */
  theirsAtConflicts: string;
}

type Part = { common: string[] } | { yours: string[]; theirs: string[] };

const hasWords = (line: string) => /[A-Za-z0-9]/.test(line);

/** The merge as shared lines and conflicts, each diff3 conflict narrowed to the lines that differ (git's "zealous" merge). */
function mergeParts(yours: string[], base: string[], theirs: string[]): Part[] {
  const parts: Part[] = [];
  for (const region of diff3Merge(yours, base, theirs, { excludeFalseConflicts: true })) {
    if (region.ok) parts.push({ common: region.ok });
    else if (region.conflict) {
      for (const piece of diffComm(region.conflict.a, region.conflict.b)) {
        parts.push(piece.common ? { common: piece.common } : { yours: piece.buffer1, theirs: piece.buffer2 });
      }
    }
  }
  return parts;
}

/** Joins conflicts that only punctuation or blank lines separate: one readable conflict, not several around a lone `}`. */
function joinNearbyConflicts(parts: Part[]): Part[] {
  const joined: Part[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    const beforeLast = joined.at(-2);
    if ("yours" in part && last && "common" in last && beforeLast && "yours" in beforeLast && !last.common.some(hasWords)) {
      joined.pop();
      beforeLast.yours.push(...last.common, ...part.yours);
      beforeLast.theirs.push(...last.common, ...part.theirs);
    } else {
      joined.push("common" in part ? { common: [...part.common] } : { yours: [...part.yours], theirs: [...part.theirs] });
    }
  }
  return joined;
}

/**
 * Three-way line merge of the user's text and the new template's text since the base (what was
 * generated last time). Changes on one side only are taken; changes on both sides to the same lines
 * become marked conflicts that keep both versions whole. Line endings, the final newline and a BOM
 * follow whichever side changed them.
 */
export function mergeText(yours: string, base: string, theirs: string, labels: ConflictLabels): TextMerge {
  const [mine, original, template] = [parseText(yours), parseText(base), parseText(theirs)];
  const lines: string[] = [];
  const theirsLines: string[] = [];
  let conflicts = 0;
  for (const part of joinNearbyConflicts(mergeParts(mine.lines, original.lines, template.lines))) {
    if ("common" in part) {
      lines.push(...part.common);
      theirsLines.push(...part.common);
    } else {
      conflicts++;
      lines.push(...conflictBlock(part.yours, part.theirs, labels));
      theirsLines.push(...part.theirs);
    }
  }
  const shape = mergeShape(mine, original, template);
  return { text: formatText({ ...shape, lines }), conflicts, theirsAtConflicts: formatText({ ...shape, lines: theirsLines }) };
}

/**
 * Conflict markers as git writes them (`<<<<<<<`, `=======`, `>>>>>>>`), labelled so a reader knows
 * which side is theirs: the top half is the user's text, the bottom half the new template's.
 */
export interface ConflictLabels {
  yours: string;
  theirs: string;
}

export const generatorName = "generator-multiregion";

export function conflictLabels(path: string, generatorVersion: string): ConflictLabels {
  return { yours: `yours (${path})`, theirs: `${generatorName} ${generatorVersion}` };
}

export function conflictBlock(yours: readonly string[], theirs: readonly string[], labels: ConflictLabels): string[] {
  return [`<<<<<<< ${labels.yours}`, ...yours, "=======", ...theirs, `>>>>>>> ${labels.theirs}`];
}

const openMarker = /^<{7} yours \(/m;
const closeMarker = new RegExp(`^>{7} ${generatorName} `, "m");

/** True while a file still holds markers this generator wrote and nobody has resolved yet. */
export function hasConflictMarkers(text: string): boolean {
  return openMarker.test(text) && closeMarker.test(text);
}

/** Where `--on-conflict new-file` puts the new template's version, beside the user's untouched file. */
export const sidecarSuffix = ".multiregion-new";
export const sidecarPath = (path: string): string => `${path}${sidecarSuffix}`;

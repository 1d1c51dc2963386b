import { AnswerError } from "./validate.js";
import type { AnswerName } from "./spec.js";

/**
 * Answers renamed since a release, old name -> new name. The old name keeps working where users
 * write it (a flag, an --answers file) with a deprecation warning, and a stored .yo-rc.json is
 * migrated to the new name on the next regeneration.
 */
export const renamedAnswers: Readonly<Record<string, AnswerName>> = { dns: "traffic" };

export interface Renaming {
  old: string;
  name: AnswerName;
}

/**
 * `input` with every old answer name moved to its new one. Both given with different values is an
 * error (one line); both with the same value is the new name given twice. `spell` writes a name as
 * the input spells it (`--dns`, `"dns"`), `origin` prefixes the error ("answers.json: ").
 */
export function renameOldAnswers(
  input: Record<string, unknown>,
  spell: (name: string) => string,
  origin = "",
): { values: Record<string, unknown>; renamed: Renaming[] } {
  const values = { ...input };
  const renamed: Renaming[] = [];
  for (const [old, name] of Object.entries(renamedAnswers)) {
    if (values[old] === undefined) continue;
    const given = values[old];
    delete values[old];
    if (values[name] !== undefined && JSON.stringify(values[name]) !== JSON.stringify(given)) {
      throw new AnswerError(
        `${origin}${spell(old)} ${JSON.stringify(given)} and ${spell(name)} ${JSON.stringify(values[name])} disagree: ` +
          `${spell(old)} is the deprecated spelling of ${spell(name)}; allowed: ${spell(name)} alone`,
      );
    }
    values[name] = given;
    renamed.push({ old, name });
  }
  return { values, renamed };
}

/** An answer as a JSON file (.yo-rc.json, --answers) spells it: `"dns"`. */
export const keySpelling = (name: string) => JSON.stringify(name);

/** The one-line warning for an old name a user wrote: `warning: --dns is deprecated: use --traffic`. */
export function deprecationWarning({ old, name }: Renaming, spell: (name: string) => string, origin = ""): string {
  return `warning: ${origin}${spell(old)} is deprecated: use ${spell(name)}`;
}

/** The line a regeneration prints when it moves an answer of .yo-rc.json to its new name. */
export function migrationNotice({ old, name }: Renaming, options: { dryRun: boolean }): string {
  const stored = options.dryRun ? "a run without --dry-run stores it" : "stored";
  return `.yo-rc.json: the answer ${keySpelling(old)} is now ${keySpelling(name)}; ${stored} under the new name`;
}

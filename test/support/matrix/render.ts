import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import helpers from "yeoman-test";
import { optionsOf, type Combination } from "./combinations.js";

/** The built generator, as yo loads it (`npm test` builds it first). */
export const builtGenerator = resolve(import.meta.dirname, "../../../dist/generators/app/index.js");

/**
 * Generates one combination into `dir` through the real generator, as
 * `yo multiregion --yes --skip-install --skip-git <the combination's flags>` would.
 */
export async function renderCombination(combination: Combination, dir: string): Promise<void> {
  if (!existsSync(builtGenerator)) throw new Error(`${builtGenerator} is missing: run npm run build first`);
  mkdirSync(dir, { recursive: true });
  const cwd = process.cwd();
  try {
    await helpers
      .run(builtGenerator, { tmpdir: false, cwd: dir, autoCleanup: false })
      .withOptions({ yes: true, "skip-install": true, "skip-git": true, ...optionsOf(combination.given) } as never);
  } finally {
    process.chdir(cwd);
  }
}

import { join } from "node:path";

/**
 * For tests only: `MULTIREGION_TEMPLATES_DIR` points the generator at another templates folder (a
 * modified copy of templates/), which is how tests simulate a template upgrade between two runs
 * without touching the real templates. Read here and nowhere else.
 */
export const templatesOverrideVariable = "MULTIREGION_TEMPLATES_DIR";

/** The templates to render: the package's own, unless a test says otherwise. */
export function templatesDir(packageRoot: string): string {
  return process.env[templatesOverrideVariable] || join(packageRoot, "templates");
}

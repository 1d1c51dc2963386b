import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withDefaults } from "../../src/answers/resolve.js";
import { validateAnswers } from "../../src/answers/validate.js";
import { compiledTemplatesModule, type CompiledTemplate } from "../../src/project/compiled-templates.js";
import { projectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";
import { enumerateMatrix } from "../support/matrix/combinations.js";

const templates = resolve(import.meta.dirname, "../../templates");
const scratch = mkdtempSync(join(tmpdir(), "compiled-templates-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The module the build would write for `dir`, loaded as a run loads it. */
function compiledFrom(dir: string, name: string): Record<string, CompiledTemplate> {
  const file = join(scratch, `${name}.cjs`);
  writeFileSync(file, compiledTemplatesModule(dir));
  return (createRequire(import.meta.url)(file) as { templates: Record<string, CompiledTemplate> }).templates;
}

const contextOf = (given: object) => projectContext(validateAnswers({ ...withDefaults(given, { folderName: "svc" }).answers }), {}, "0.0.0");

/** One matrix combination for every value of every answer the matrix varies: every module's templates and parts. */
function everyValueOnce() {
  const seen = new Set<string>();
  return enumerateMatrix().combinations.filter((combination) => {
    const fresh = Object.entries(combination.given).filter(([name, value]) => !seen.has(`${name}=${JSON.stringify(value)}`));
    for (const [name, value] of fresh) seen.add(`${name}=${JSON.stringify(value)}`);
    return fresh.length > 0;
  });
}

describe("templates compiled at build time", () => {
  const compiled = compiledFrom(templates, "package");

  it.each(everyValueOnce().map((combination) => [combination.label, combination.given] as const))(
    "%s: every file is what EJS renders from the template",
    (_label, given) => {
      const context = contextOf(given);
      const fromEjs = renderProject(context, templates, undefined);
      const fromBuild = renderProject(context, templates, compiled);
      expect([...fromBuild.keys()]).toEqual([...fromEjs.keys()]);
      for (const [path, file] of fromEjs) expect(fromBuild.get(path)!.content, path).toBe(file.content);
    },
  );

  it("renders a template edited since the build, and what it includes, from their sources", () => {
    const edited = join(scratch, "edited-templates");
    cpSync(templates, edited, { recursive: true });
    const built = compiledFrom(edited, "before-edit");
    writeFileSync(join(edited, "README.md.ejs"), `${readFileSync(join(edited, "README.md.ejs"), "utf8")}\nEdited after the build.\n`);
    const parts = join(edited, "src/traffic/route53/parts.ejs");
    writeFileSync(parts, readFileSync(parts, "utf8").replace("<%", "Part edited after the build.\n<%"));
    const readme = renderProject(contextOf({ traffic: "route53" }), edited, built).get("README.md")!.content;
    expect(readme).toContain("Edited after the build.");
    expect(readme).toContain("Part edited after the build.");
    expect(readme).toBe(renderProject(contextOf({ traffic: "route53" }), edited, undefined).get("README.md")!.content);
  });
});

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import ejs from "ejs";

/** How every template renders: `<%= %>` writes text as it is (these are code files, not HTML). */
export const ejsOptions = { escape: (text: unknown) => String(text), async: false } as const;

/** A template as EJS compiles it, run without EJS: the caller supplies the escaping and the includes. */
export type CompiledTemplate = (locals: object, escape: (text: unknown) => string, include: (path: string, data?: object) => string) => string;

/** Templates are looked up by their source's hash, so an edited template is never run from an old compile. */
export const templateKey = (source: string) => createHash("sha1").update(source).digest("hex");

/**
 * Where `npm run build` writes the package's templates compiled (beside templates/, in dist/): a
 * run calls these functions instead of having EJS parse and compile every template again.
 */
export const compiledTemplatesFile = (templatesDir: string) => join(templatesDir, "..", "dist", "templates.compiled.cjs");

const templateFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ejs"))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * The module `npm run build` writes: the JavaScript EJS generates for each template of
 * `templatesDir` (without its debug wrapper, which holds the template's whole text), as functions of
 * the locals, the escaping and the includes, keyed by templateKey. The functions need no EJS to run.
 * CommonJS, because EJS's code reads the locals through `with`, which an ES module (strict) does not
 * allow.
 */
export function compiledTemplatesModule(templatesDir: string): string {
  const entries = templateFiles(templatesDir)
    .sort()
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const template = new ejs.Template(source, { ...ejsOptions, compileDebug: false });
      template.compile();
      if (!template.source) throw new Error(`EJS gave no generated source for ${file}: the compiled templates cannot be written`);
      return `  // ${relative(templatesDir, file)}\n  ${JSON.stringify(templateKey(source))}: function (locals, escapeFn, include) {\n${template.source}  },`;
    });
  return ["// Written by npm run build (src/project/build-compiled-templates.ts) from templates/: do not edit.", "exports.templates = {", ...entries, "};", ""].join("\n");
}

/** The build's compiled templates for `templatesDir`, if it has them. */
export function loadCompiledTemplates(templatesDir: string): Record<string, CompiledTemplate> | undefined {
  const file = compiledTemplatesFile(templatesDir);
  if (!existsSync(file)) return undefined;
  return (createRequire(import.meta.url)(file) as { templates: Record<string, CompiledTemplate> }).templates;
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ejs, { type Cache, type TemplateFunction } from "ejs";
import { ejsOptions, loadCompiledTemplates, templateKey, type CompiledTemplate } from "./compiled-templates.js";
import type { ProjectContext } from "./context.js";
import { plannedFiles, type PlannedFile } from "./files.js";

export interface RenderedFile extends PlannedFile {
  content: string;
}

/**
 * Renders one template with EJS (see ejsOptions). With `cache`, EJS keeps the compiled templates,
 * includes too, in `ejs.cache` by file name.
 */
export function renderTemplate(source: string, context: ProjectContext, filename: string, cache = false): string {
  return ejs.render(source, context, { ...ejsOptions, filename, cache });
}

/** The locals as EJS hands them to a template: a copy without a prototype. */
const localsOf = (...layers: (object | undefined)[]): object => Object.assign(Object.create(null) as object, ...layers);

/**
 * Renders one template with the build's compiled function for its source when there is one, its
 * includes likewise (with the includer's locals and the include's data, as EJS passes them), and
 * with EJS otherwise: the output is the same either way.
 */
function renderCompiled(compiled: Record<string, CompiledTemplate>, source: string, locals: object, filename: string, read: (file: string) => string): string {
  const template = compiled[templateKey(source)];
  if (!template) return renderTemplate(source, locals as ProjectContext, filename, true);
  const include = (path: string, data?: object) => {
    const included = ejs.resolveInclude(path, filename, false);
    return renderCompiled(compiled, read(included), localsOf(locals, data), included, read);
  };
  return template(locals, ejsOptions.escape, include);
}

/**
 * Runs `render` with EJS keeping each compiled template for this run only: the project README
 * includes each module's README parts file once per part, which would otherwise be compiled again
 * every time. A template edited between two runs in one process is read again.
 */
function compilingOnce<T>(render: () => T): T {
  const compiled = new Map<string, TemplateFunction>();
  const runCache: Cache = { get: (key) => compiled.get(key), set: (key, value) => void compiled.set(key, value), reset: () => compiled.clear() };
  const previous = ejs.cache;
  ejs.cache = runCache;
  try {
    return render();
  } finally {
    ejs.cache = previous;
  }
}

/** The whole project as it would be written now, keyed by output path; `compiled` undefined renders every template with EJS. */
export function renderProject(context: ProjectContext, templatesDir: string, compiled = loadCompiledTemplates(templatesDir)): Map<string, RenderedFile> {
  const sources = new Map<string, string>();
  const read = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(file, "utf8")).get(file)!;
  return compilingOnce(() => {
    const files = new Map<string, RenderedFile>();
    for (const planned of plannedFiles(context)) {
      const filename = join(templatesDir, planned.verbatim ? planned.template : `${planned.template}.ejs`);
      const source = read(filename);
      const content = planned.verbatim ? source : renderCompiled(compiled ?? {}, source, localsOf(context), filename, read);
      files.set(planned.path, { ...planned, content });
    }
    return files;
  });
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ejs, { type Cache, type TemplateFunction } from "ejs";
import type { ProjectContext } from "./context.js";
import { plannedFiles, type PlannedFile } from "./files.js";

export interface RenderedFile extends PlannedFile {
  content: string;
}

/**
 * Renders one template; `<%= %>` writes text as it is (these are code files, not HTML). With `cache`,
 * EJS keeps the compiled templates, includes too, in `ejs.cache` by file name.
 */
export function renderTemplate(source: string, context: ProjectContext, filename: string, cache = false): string {
  return ejs.render(source, context, { filename, escape: (text: unknown) => String(text), async: false, cache });
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

/** The whole project as it would be written now, keyed by output path. */
export function renderProject(context: ProjectContext, templatesDir: string): Map<string, RenderedFile> {
  return compilingOnce(() => {
    const files = new Map<string, RenderedFile>();
    for (const planned of plannedFiles(context)) {
      const filename = join(templatesDir, planned.verbatim ? planned.template : `${planned.template}.ejs`);
      const source = readFileSync(filename, "utf8");
      files.set(planned.path, { ...planned, content: planned.verbatim ? source : renderTemplate(source, context, filename, true) });
    }
    return files;
  });
}

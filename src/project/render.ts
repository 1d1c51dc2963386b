import { readFileSync } from "node:fs";
import { join } from "node:path";
import ejs from "ejs";
import type { ProjectContext } from "./context.js";
import { plannedFiles, type PlannedFile } from "./files.js";

export interface RenderedFile extends PlannedFile {
  content: string;
}

/** Renders one template; `<%= %>` writes text as it is (these are code files, not HTML). */
export function renderTemplate(source: string, context: ProjectContext, filename: string): string {
  return ejs.render(source, context, { filename, escape: (text: unknown) => String(text), async: false });
}

/** The whole project as it would be written now, keyed by output path. */
export function renderProject(context: ProjectContext, templatesDir: string): Map<string, RenderedFile> {
  const files = new Map<string, RenderedFile>();
  for (const planned of plannedFiles(context)) {
    const filename = join(templatesDir, planned.verbatim ? planned.template : `${planned.template}.ejs`);
    const source = readFileSync(filename, "utf8");
    files.set(planned.path, { ...planned, content: planned.verbatim ? source : renderTemplate(source, context, filename) });
  }
  return files;
}

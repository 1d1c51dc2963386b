import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { runOnce, type Task } from "./measure.ts";
import { scratch, wrapperBin } from "./scaffold.ts";

const mark = "local edit kept by regeneration";

/** A line a person could add at the end of the file, in the file's own comment syntax. */
function withLocalEdit(path: string, text: string): string {
  const ext = extname(path);
  // JSON has no comments: a "//" key is the note npm and tsconfig accept.
  if (ext === ".json") return text.replace(/^\{\n/, `{\n  "//": "${mark}",\n`);
  const line = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].includes(ext) ? `// ${mark}` : ext === ".md" ? `<!-- ${mark} -->` : `# ${mark}`;
  return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${line}\n`;
}

const managedFiles = (dir: string): string[] =>
  Object.keys((JSON.parse(readFileSync(join(dir, ".multiregion/manifest.json"), "utf8")) as { files: object }).files);

const lastLine = (text: string): string => text.trim().split("\n").at(-1) ?? "";

export type RegenerationTasks = { files: number; edited: Task; unchanged: Task } | { unavailable: string };

/**
 * Regeneration through the real CLI, `create-multiregion <dir>` on a generated project (git baseline
 * committed): with an edit in every managed file, and with no change. Each run starts from a fresh
 * copy of the same generated project (untimed). When the wrapper does not regenerate, says why.
 */
export function regenerationTasks(): RegenerationTasks {
  const pristine = join(scratch, "regen-pristine");
  const generated = runOnce({ command: process.execPath, args: [wrapperBin, pristine, "--yes", "--skip-install"], cwd: scratch });
  if (generated.code !== 0) return { unavailable: `generating the project failed: ${lastLine(generated.stderr)}` };
  const files = managedFiles(pristine);
  const work = join(scratch, "regen-work");
  const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
  const task = (edited: boolean): Task => ({
    command: process.execPath,
    args: [wrapperBin, work, "--skip-install"],
    cwd: scratch,
    before: () => {
      rmSync(work, { recursive: true, force: true });
      cpSync(pristine, work, { recursive: true });
      if (edited) for (const path of files) writeFileSync(join(work, path), withLocalEdit(path, read(work, path)));
    },
    check: () => {
      if (!edited) {
        const changed = files.filter((path) => read(work, path) !== read(pristine, path));
        return changed.length === 0 ? undefined : `a run with no change rewrote ${changed.join(", ")}`;
      }
      const lost = files.filter((path) => !read(work, path).includes(mark));
      return lost.length === 0 ? undefined : `edits lost in ${lost.join(", ")}`;
    },
  });
  const probe = runOnce(task(true));
  if (probe.code !== 0) return { unavailable: lastLine(probe.stderr) };
  return { files: files.length, edited: task(true), unchanged: task(false) };
}

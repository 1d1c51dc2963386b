import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { runOnce } from "./measure.js";
import { scratch, wrapperBin } from "./scaffold.js";

const mark = "local edit kept by regeneration";

/** A line a person could add at the end of the file, in the file's own comment syntax. */
function withLocalEdit(/** @type {string} */ path, /** @type {string} */ text) {
  const ext = extname(path);
  // JSON has no comments: a "//" key is npm's and tsconfig's accepted way to leave a note.
  if (ext === ".json") return text.replace(/^\{\n/, `{\n  "//": "${mark}",\n`);
  const line = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].includes(ext) ? `// ${mark}` : ext === ".md" ? `<!-- ${mark} -->` : `# ${mark}`;
  return `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`;
}

const managedFiles = (/** @type {string} */ dir) =>
  Object.keys(JSON.parse(readFileSync(join(dir, ".multiregion/manifest.json"), "utf8")).files);

/**
 * Regeneration through the real CLI, `create-multiregion <dir>` on a generated project (git baseline
 * committed): once with an edit in every managed file, once with no change. Each run starts from a
 * fresh copy of the same generated project (untimed). Returns undefined when the wrapper does not
 * regenerate, with the reason.
 */
export function regenerationTasks() {
  const pristine = join(scratch, "regen-pristine");
  const generated = runOnce({ command: process.execPath, args: [wrapperBin, pristine, "--yes", "--skip-install"], cwd: scratch });
  if (generated.code !== 0) return { unavailable: `generating the project failed: ${generated.stderr.trim().split("\n").at(-1)}` };
  const files = managedFiles(pristine);
  const work = join(scratch, "regen-work");
  const fresh = () => {
    rmSync(work, { recursive: true, force: true });
    cpSync(pristine, work, { recursive: true });
  };
  const task = (/** @type {boolean} */ edited) => ({
    command: process.execPath,
    args: [wrapperBin, work, "--skip-install"],
    cwd: scratch,
    before: () => {
      fresh();
      if (edited) for (const path of files) writeFileSync(join(work, path), withLocalEdit(path, readFileSync(join(work, path), "utf8")));
    },
    check: () => {
      const changed = files.filter((path) => readFileSync(join(work, path), "utf8") !== readFileSync(join(pristine, path), "utf8"));
      if (!edited) return changed.length === 0 ? undefined : `a run with no change rewrote ${changed.join(", ")}`;
      const lost = files.filter((path) => !readFileSync(join(work, path), "utf8").includes(mark));
      return lost.length === 0 ? undefined : `edits lost in ${lost.join(", ")}`;
    },
  });
  const probe = task(true);
  const first = runOnce(probe);
  if (first.code !== 0) return { unavailable: first.stderr.trim().split("\n").at(-1) };
  return { files: files.length, edited: task(true), unchanged: task(false) };
}


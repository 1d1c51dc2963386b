import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Task } from "./measure.ts";

const require = createRequire(import.meta.url);
export const wrapperBin = fileURLToPath(new URL("../packages/create-multiregion/bin/create-multiregion.js", import.meta.url));
const createViteBin = join(require.resolve("create-vite/package.json"), "..", "index.js");

/** A scratch folder for the whole bench, removed at the end. */
export const scratch = mkdtempSync(join(tmpdir(), "multiregion-bench-"));
export const removeScratch = (): void => rmSync(scratch, { recursive: true, force: true });

/** Writes a project into a folder emptied first (untimed), as a person's first run does. */
function freshFolderTask(name: string, [bin, ...options]: string[], expectedFile: string, env: Record<string, string> = {}): Task {
  const dir = join(scratch, name);
  return {
    command: process.execPath,
    // The folder as a person types it, relative to where they are.
    args: [bin ?? "", name, ...options],
    cwd: scratch,
    env,
    before: () => {
      rmSync(dir, { recursive: true, force: true });
      if (env.NODE_COMPILE_CACHE) rmSync(env.NODE_COMPILE_CACHE, { recursive: true, force: true });
    },
    check: () => (existsSync(join(dir, expectedFile)) ? undefined : `no ${expectedFile} written`),
  };
}

/** `create-multiregion <dir> --yes --skip-install`: default answers, git baseline commit included. */
export const scaffoldTask = (): Task => freshFolderTask("multiregion", [wrapperBin, "--yes", "--skip-install"], ".multiregion/manifest.json");

/** The same without the git baseline (init, add, commit), to show what git takes. */
export const scaffoldWithoutGitTask = (): Task =>
  freshFolderTask("multiregion-no-git", [wrapperBin, "--yes", "--skip-install", "--skip-git"], ".multiregion/manifest.json");

/** The same with Node's compile cache emptied before each run: the first run after an install. */
export const scaffoldColdCacheTask = (): Task =>
  freshFolderTask("multiregion-cold", [wrapperBin, "--yes", "--skip-install"], ".multiregion/manifest.json", {
    NODE_COMPILE_CACHE: join(scratch, "emptied-compile-cache"),
  });

/**
 * The floor under a scaffold: Node's start and the git baseline (the generator's init, add and
 * commit) of the files a `--yes` scaffold writes, copied fresh before each run (untimed), with no
 * generator loaded. Whatever a scaffold does beyond it (load the generator, render, write) must fit
 * in what this leaves under the scaffold's target.
 */
export function gitBaselineTask(): Task {
  const source = join(scratch, "baseline-source");
  const dir = join(scratch, "baseline");
  const made = spawnSync(process.execPath, [wrapperBin, source, "--yes", "--skip-install", "--skip-git"], { stdio: "pipe", encoding: "utf8" });
  if (made.status !== 0) throw new Error(`create-multiregion ${source} --yes --skip-install --skip-git: exit code ${made.status}\n${made.stderr}`);
  return {
    command: process.execPath,
    args: [fileURLToPath(new URL("git-baseline.mjs", import.meta.url)), dir],
    before: () => {
      rmSync(dir, { recursive: true, force: true });
      cpSync(source, dir, { recursive: true });
    },
    check: () => (existsSync(join(dir, ".git", "refs", "heads", "main")) ? undefined : "no commit on main"),
  };
}

/** `create-multiregion --help`: Node's start and the wrapper's command line, nothing rendered, read or written. */
export const helpTask = (): Task => ({
  command: process.execPath,
  args: [wrapperBin, "--help"],
  cwd: scratch,
});

/** The reference: create-vite writing its vanilla TypeScript template. */
export const createViteTask = (): Task => freshFolderTask("vite", [createViteBin, "--template", "vanilla-ts", "--no-interactive"], "tsconfig.json");

/** The version of the built wrapper (npm run bench builds first; a direct run may not have). */
export function builtWrapperVersion(): string {
  if (!existsSync(fileURLToPath(new URL("../packages/create-multiregion/dist/cli.js", import.meta.url)))) {
    throw new Error("packages/create-multiregion is not built: run npm run build (npm run bench does)");
  }
  const manifest = JSON.parse(readFileSync(new URL("../packages/create-multiregion/package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

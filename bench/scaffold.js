import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const wrapperBin = fileURLToPath(new URL("../packages/create-multiregion/bin/create-multiregion.js", import.meta.url));
const createViteBin = join(require.resolve("create-vite/package.json"), "..", "index.js");

/** A scratch folder for the whole bench, removed at the end. */
export const scratch = mkdtempSync(join(tmpdir(), "multiregion-bench-"));
export const removeScratch = () => rmSync(scratch, { recursive: true, force: true });

/** A task that writes a project into a folder it empties first (untimed), as a user's first run. */
function freshFolderTask(/** @type {string} */ name, /** @type {string[]} */ args, /** @type {string} */ expectedFile, env = {}) {
  const dir = join(scratch, name);
  return {
    command: process.execPath,
    // The folder as a person types it, relative to where they are.
    args: [...args.slice(0, 1), name, ...args.slice(1)],
    cwd: scratch,
    env,
    before: () => {
      rmSync(dir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(env)) if (key === "NODE_COMPILE_CACHE") rmSync(value, { recursive: true, force: true });
    },
    check: () => (existsSync(join(dir, expectedFile)) ? undefined : `no ${expectedFile} written`),
  };
}

/** `create-multiregion <dir> --yes --skip-install`: answers by default, git baseline commit included. */
export const scaffoldTask = () => freshFolderTask("multiregion", [wrapperBin, "--yes", "--skip-install"], ".multiregion/manifest.json");

/** The same with Node's compile cache emptied before each run: the first run after an install. */
export const scaffoldColdCacheTask = () =>
  freshFolderTask("multiregion-cold", [wrapperBin, "--yes", "--skip-install"], ".multiregion/manifest.json", {
    NODE_COMPILE_CACHE: join(scratch, "empty-compile-cache"),
  });

/** The reference: create-vite writing its vanilla TypeScript template. */
export const createViteTask = () => freshFolderTask("vite", [createViteBin, "--template", "vanilla-ts", "--no-interactive"], "tsconfig.json");

/** Makes sure the wrapper was built (npm run bench builds first; a direct node bench/run.js may not). */
export function requireBuiltWrapper() {
  const dist = fileURLToPath(new URL("../packages/create-multiregion/dist/cli.js", import.meta.url));
  if (!existsSync(dist)) throw new Error("packages/create-multiregion is not built: run npm run build (npm run bench does)");
  return JSON.parse(readFileSync(new URL("../packages/create-multiregion/package.json", import.meta.url), "utf8")).version;
}

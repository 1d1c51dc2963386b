import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { runProcess, tail } from "../processes.js";

/** Shared installs of generated projects' dependencies (gitignored), one folder per dependency set. */
export const dependenciesRoot = resolve(import.meta.dirname, "../../../.cache/matrix-deps");

export type DependencySet = Record<string, string>;

export interface SharedDependencies {
  key: string;
  nodeModules: string;
  /** False when an earlier run had installed the same set. */
  installedNow: boolean;
}

/** Every package.json of a generated project (the project's, a policy pack's, ...), outside node_modules. */
export function packageJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    if (entry.isDirectory()) return packageJsonFiles(join(dir, entry.name));
    return entry.name === "package.json" ? [join(dir, entry.name)] : [];
  });
}

/** Everything a package.json asks npm for. */
export function dependencySetOf(packageJsonPath: string): DependencySet {
  const manifest = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { dependencies?: DependencySet; devDependencies?: DependencySet };
  return { ...manifest.dependencies, ...manifest.devDependencies };
}

/** The dependency sets of every package.json in a generated project, each labelled with its path. */
export function dependencySetsOf(projectDir: string, label: string): { label: string; dependencies: DependencySet }[] {
  return packageJsonFiles(projectDir).map((file) => ({ label: join(label, relative(projectDir, file)), dependencies: dependencySetOf(file) }));
}

/**
 * One set that satisfies every combination, so that one install (and one type-check program) serves
 * them all. Two combinations asking for different ranges of one package is a generator defect.
 */
export function unionOf(sets: { label: string; dependencies: DependencySet }[]): DependencySet {
  const union: DependencySet = {};
  const firstAsker: Record<string, string> = {};
  for (const { label, dependencies } of sets) {
    for (const [name, range] of Object.entries(dependencies)) {
      if (union[name] !== undefined && union[name] !== range) {
        throw new Error(`generated package.json files disagree on ${name}: ${union[name]} (${firstAsker[name]}) and ${range} (${label})`);
      }
      union[name] = range;
      firstAsker[name] ??= label;
    }
  }
  return union;
}

export const keyOf = (dependencies: DependencySet) =>
  createHash("sha256")
    .update(JSON.stringify(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b))))
    .digest("hex")
    .slice(0, 16);

const day = 24 * 60 * 60_000;

/** Installs of other dependency sets (and abandoned staging folders) not used for a day: templates moved on. */
function pruneOthers(root: string, keep: string): void {
  for (const entry of existsSync(root) ? readdirSync(root) : []) {
    if (entry === keep) continue;
    const marker = existsSync(join(root, entry, "installed.json")) ? join(root, entry, "installed.json") : join(root, entry);
    if (Date.now() - statSync(marker).mtimeMs > day) rmSync(join(root, entry), { recursive: true, force: true });
  }
}

/** Installs `dependencies` from the registry once; later runs with the same set reuse the folder. */
export async function sharedDependencies(dependencies: DependencySet, root = dependenciesRoot): Promise<SharedDependencies> {
  const key = keyOf(dependencies);
  const dir = join(root, key);
  const nodeModules = join(dir, "node_modules");
  pruneOthers(root, key);
  if (existsSync(join(dir, "installed.json"))) {
    // Marks the folder as in use, for pruneOthers.
    utimesSync(join(dir, "installed.json"), new Date(), new Date());
    return { key, nodeModules, installedNow: false };
  }

  // Install beside the final folder and move it in whole: an interrupted install is never reused.
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, "package.json"), JSON.stringify({ name: "matrix-dependencies", private: true, dependencies }, null, 2));
  const install = await runProcess("npm", ["install", "--no-audit", "--no-fund"], { cwd: staging, killAfterMs: 20 * 60_000 });
  if (install.code !== 0) {
    throw new Error(`npm install of the generated projects' dependencies failed in ${staging}:\n${tail(install.output, 30)}`);
  }
  writeFileSync(join(staging, "installed.json"), JSON.stringify(dependencies, null, 2));
  if (!existsSync(join(dir, "installed.json"))) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another run installed the same set meanwhile: use theirs.
    if (!existsSync(join(dir, "installed.json"))) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  return { key, nodeModules, installedNow: true };
}

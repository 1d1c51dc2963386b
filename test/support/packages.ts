import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runProcess, tail, type RunOptions } from "./processes.js";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const wrapperPackage = join(repoRoot, "packages", "create-multiregion");

/** Runs a command and fails with its output when it does not exit 0. */
export async function mustRun(command: string, args: string[], options: RunOptions): Promise<string> {
  const run = await runProcess(command, args, { killAfterMs: 15 * 60_000, ...options });
  if (run.code !== 0) {
    const why = run.timedOut ? "was killed after 15 minutes" : `exited with ${run.code}`;
    throw new Error(`${command} ${args.join(" ")} (in ${options.cwd}) ${why}:\n${tail(run.output, 40)}`);
  }
  return run.output;
}

/** `npm pack` of the package in `dir` into `destination`; returns the tarball's path. */
export async function pack(dir: string, destination: string): Promise<string> {
  const output = await mustRun("npm", ["pack", "--json", "--pack-destination", destination], { cwd: dir });
  // stdout (the JSON report) and stderr (npm notices) arrive interleaved: read the one field needed.
  const filename = /"filename":\s*"([^"]+)"/.exec(output)?.[1];
  if (!filename) throw new Error(`npm pack in ${dir} did not report a tarball:\n${tail(output, 20)}`);
  return join(destination, filename);
}

/**
 * The package's tarball: the one in MULTIREGION_PACKS when set (the release workflow tests the very
 * tarballs it publishes), else a fresh `npm pack` into `destination`.
 */
export async function tarballOf(dir: string, destination: string): Promise<string> {
  const packs = process.env.MULTIREGION_PACKS;
  if (!packs) return pack(dir, destination);
  const { name, version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
  const file = join(packs, `${name}-${version}.tgz`);
  if (!existsSync(file)) throw new Error(`${file} is missing (MULTIREGION_PACKS=${packs})`);
  return file;
}

/** A folder where `npm install <specs>` put the packages, as in a user's project or tool folder. */
export async function installInto(dir: string, specs: string[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "e2e-user", private: true }));
  await mustRun("npm", ["install", "--no-audit", "--no-fund", ...specs], { cwd: dir });
  return join(dir, "node_modules");
}

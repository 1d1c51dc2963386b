import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const wrapperBin = resolve("packages/create-multiregion/bin/create-multiregion.js");

export interface CliResult {
  code: number | null;
  /** The signal that ended the process, when one did (a test that kills it). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built create-multiregion as a user would, with no terminal (stdin is not a TTY). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return runNode([wrapperBin, ...args], { cwd: options.cwd ?? tmpdir(), env: { ...process.env, ...options.env } });
}

/** Runs Node with `args` and no terminal (stdin is not a TTY); its exit, signal and output. */
export function runNode(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

export function tempDir(prefix = "multiregion-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file under `root` with its content, to compare a tree before and after a run. */
export function treeOf(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === ".git" || entry === "node_modules") continue;
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

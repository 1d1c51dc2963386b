import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Task {
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** Untimed preparation before each run (a fresh folder, edits to make). */
  before?: () => void;
  /** Why the run did not do its job, or undefined when it did. */
  check?: () => string | undefined;
}

export interface RunResult {
  code: number | null;
  ms: number;
  /** User and system CPU time of the run's processes, in ms. */
  cpuMs: number;
  rssKB: number;
  stdout: string;
  stderr: string;
}

export interface Summary {
  ms: number;
  cpuMs: number;
  rssKB: number;
  all: number[];
}

export interface Comparison {
  measured: Summary;
  reference: Summary;
}

/**
 * Peak memory is the max RSS of the largest process of a run, and CPU time the user and system time
 * of all of them: GNU time reports both over the process tree it waits for. Without it, every Node
 * process of the run records its own on exit (max-rss.ts through NODE_OPTIONS); other programs
 * (git) are then missed.
 */
const gnuTime = "/usr/bin/time";
export const resourceSource = existsSync(gnuTime)
  ? "GNU time over the run's processes (peak memory: %M of the largest; CPU: %U + %S of all)"
  : "the run's Node processes, each on exit (peak memory: the largest maxRSS; CPU: the sum)";
const maxRssPreload = fileURLToPath(new URL("max-rss.ts", import.meta.url));

/** Runs a task once, timing the process from spawn to exit. */
export function runOnce(task: Task): RunResult {
  task.before?.();
  const scratch = mkdtempSync(join(tmpdir(), "multiregion-bench-rss-"));
  const rssFile = join(scratch, "rss");
  const env: NodeJS.ProcessEnv = { ...process.env, ...task.env };
  let [command, args] = [task.command, task.args];
  if (existsSync(gnuTime)) [command, args] = [gnuTime, ["-f", "%M %U %S", "-o", rssFile, command, ...args]];
  else Object.assign(env, { NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import=${maxRssPreload}`, MULTIREGION_BENCH_RSS: rssFile });
  const start = performance.now();
  const child = spawnSync(command, args, { cwd: task.cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  // One "rssKB user system" line (seconds) per process, or GNU time's one line for the tree; GNU time
  // writes "Command exited with non-zero status N" before it: lines of numbers only.
  const figures = (existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n") : [])
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((numbers) => numbers.length === 3 && numbers.every(Number.isFinite));
  rmSync(scratch, { recursive: true, force: true });
  const rssKB = Math.max(0, ...figures.map(([rss = 0]) => rss));
  const cpuMs = figures.reduce((sum, [, user = 0, system = 0]) => sum + (user + system) * 1000, 0);
  return { code: child.status, ms, cpuMs, rssKB, stdout: child.stdout ?? "", stderr: child.stderr ?? "" };
}

/** Throws with the command's own words when a run did not do its job: a failed run is no figure. */
function verified(task: Task, result: RunResult): RunResult {
  const problem = result.code !== 0 ? `exit code ${result.code}` : task.check?.();
  if (problem) {
    const lines = `${result.stderr}\n${result.stdout}`
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const telling = lines.filter((line) => /\b(FAIL|Error|error TS\d+|failed)\b|✗|×/.test(line));
    const said = (telling.length > 0 ? telling : lines).slice(-4).join("\n");
    throw new Error(`${task.command} ${task.args.join(" ")}: ${problem}\n${said}`);
  }
  return result;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const summary = (results: RunResult[]): Summary => ({
  ms: median(results.map((result) => result.ms)),
  cpuMs: median(results.map((result) => result.cpuMs)),
  rssKB: median(results.map((result) => result.rssKB)),
  all: results.map((result) => Math.round(result.ms)),
});

/**
 * One warm-up of each, then `runs` rounds alternating measured and reference, so that load from
 * other work on the machine falls on both alike. Medians of time and of peak memory.
 */
export function compare(measured: Task, reference: Task, runs: number): Comparison {
  verified(measured, runOnce(measured));
  verified(reference, runOnce(reference));
  const samples: { measured: RunResult[]; reference: RunResult[] } = { measured: [], reference: [] };
  for (let round = 0; round < runs; round++) {
    samples.measured.push(verified(measured, runOnce(measured)));
    samples.reference.push(verified(reference, runOnce(reference)));
  }
  return { measured: summary(samples.measured), reference: summary(samples.reference) };
}

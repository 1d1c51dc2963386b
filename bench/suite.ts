// npm run bench:suite: how long the repository's `npm test` takes on this machine, and where the time
// goes (the build and type-check it runs first, the matrix, every other test file), against the goal
// of 6 minutes on a quiet 2-core machine. One run: it takes as long as the suite. Arguments after `--`
// go to vitest (test files, say), for a part of the suite; the verdict then says so.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { childrenCpuSeconds } from "../test/support/processes.ts";

const root = join(import.meta.dirname, "..");
const goalSeconds = 6 * 60;

interface Part {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

/** Runs a command in the repository, timed; its CPU time is that of every process it ran (Linux /proc). */
function timed(name: string, command: string, args: string[], env: Record<string, string> = {}): Part & { code: number | null } {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const run = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  return { name, seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpuBefore, code: run.status };
}

/**
 * The CPU the suite used against what the machine's cores give in the goal's time: a suite that needs
 * more cannot meet the goal on this machine however its processes are arranged.
 */
function cpuLine(parts: Part[], cores: number): string {
  const used = parts.reduce((sum, part) => sum + part.cpuSeconds, 0);
  const available = cores * goalSeconds;
  return `CPU time: ${used.toFixed(0)} s in all; ${cores} cores give at most ${available} s in ${goalSeconds / 60} minutes (${(used / available).toFixed(2)}x that).`;
}

const narrowed = process.argv.slice(2);
const [loadBefore = 0] = loadavg();
const scratch = mkdtempSync(join(tmpdir(), "bench-suite-"));
const report = join(scratch, "report.json");
const parts: Part[] = [];
let failed = false;
try {
  for (const [name, script] of [["build", "build"], ["type-check", "typecheck"]] as const) {
    const part = timed(name, "npm", ["run", script]);
    parts.push(part);
    failed ||= part.code !== 0;
  }
  const tests = timed("vitest run", process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=default", `--reporter=${join(root, "bench", "file-durations.ts")}`, ...narrowed], { BENCH_FILE_DURATIONS: report });
  failed ||= tests.code !== 0;
  parts.push(tests);

  const files = Object.entries(JSON.parse(readFileSync(report, "utf8")) as Record<string, number>).map(([name, ms]) => ({ name: relative(root, name), seconds: ms / 1000 }));
  files.sort((a, b) => b.seconds - a.seconds);
  const total = parts.reduce((sum, part) => sum + part.seconds, 0);
  const lines = [
    `npm test of the repository, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, load average ${loadBefore.toFixed(1)} at start and ${(loadavg()[0] ?? 0).toFixed(1)} at end`,
    "",
    "| Part | Duration | CPU time |",
    "| --- | --- | --- |",
    ...parts.map((part) => `| ${part.name} | ${part.seconds.toFixed(0)} s | ${part.cpuSeconds.toFixed(0)} s |`),
    narrowed.length > 0
      ? `| **npm test, narrowed to ${narrowed.join(" ")}** | **${total.toFixed(0)} s** | no verdict: not the whole suite${failed ? " (it FAILED)" : ""} |`
      : `| **npm test** | **${total.toFixed(0)} s** | target <= ${goalSeconds} s: ${total <= goalSeconds ? "met" : "NOT met"}${failed ? " (the suite FAILED)" : ""} |`,
    "",
    cpuLine(parts, cpus().length),
    "",
    "Slowest test files (each its import and its tests and hooks; files run side by side overlap):",
    ...files.slice(0, 12).map((file) => `- ${file.name}: ${file.seconds.toFixed(1)} s`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

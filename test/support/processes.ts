import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ProcessResult {
  code: number | null;
  /** stdout and stderr interleaved, as a person would have seen them. */
  output: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the process group after this long: a hang becomes a failure instead of a stuck suite. */
  killAfterMs?: number;
  shell?: boolean;
}

/**
 * The environment a person's shell would give a child process: without the `npm_*` variables that
 * `npm test` puts around this suite (a nested npm would read them as its own config, e.g. the prefix).
 */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const kept = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_registry"]);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_") || kept.has(key.toLowerCase())),
  );
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "1", ...extra };
}

/** Runs a command to completion, with stdin closed (no terminal), collecting its output. */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? userEnv(),
      stdio: ["ignore", "pipe", "pipe"],
      shell: options.shell ?? false,
      detached: true,
    });
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = options.killAfterMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        }, options.killAfterMs)
      : undefined;
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, output, timedOut });
    });
  });
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The last `count` lines of a process's output, for a failure message. */
export function tail(output: string, count: number): string {
  return output.trimEnd().split("\n").slice(-count).join("\n");
}

/**
 * CPU seconds (user + system) of this process's children that have ended, and of theirs (Linux
 * /proc/self/stat fields 16 and 17, in clock ticks of 1/100 s); NaN where there is no /proc.
 */
export function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields counted from the one after the command name, which may hold spaces: the state is field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

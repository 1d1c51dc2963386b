import { readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { runProcess, tail, userEnv } from "../processes.js";

/** Lines of a vitest report that name what failed: the file and the test. */
const failureLine = /^\s*(FAIL|×|✗|❯)\s|Error:|Test Files .*failed|Tests .*failed/;

/**
 * Runs the generated project's own `npm test` script in its folder (without npm's start-up cost),
 * with the project's node_modules/.bin first on PATH as npm would. Returns undefined when it passes,
 * else what failed. `compileCache`: a folder for Node's compile cache (NODE_COMPILE_CACHE).
 */
export async function runProjectTests(projectDir: string, compileCache?: string): Promise<string | undefined> {
  let script: string | undefined;
  try {
    script = (JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.test;
  } catch (error) {
    return `package.json cannot be read: ${(error as Error).message}`;
  }
  if (!script) return "package.json has no test script";
  const run = await runProcess(script, [], {
    cwd: projectDir,
    shell: true,
    env: userEnv({
      PATH: [join(projectDir, "node_modules", ".bin"), process.env.PATH].join(delimiter),
      // Node's cache of compiled code, shared by every combination: the provider SDKs compile once.
      ...(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}),
    }),
    killAfterMs: 10 * 60_000,
  });
  if (run.code === 0) return undefined;
  const named = run.output.split("\n").filter((line) => failureLine.test(line));
  const why = run.timedOut ? "was killed after 10 minutes" : `exited with ${run.code}`;
  return `\`${script}\` ${why}:\n${named.slice(0, 40).join("\n")}\n--- last lines ---\n${tail(run.output, 25)}`;
}

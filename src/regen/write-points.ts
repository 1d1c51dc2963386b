import { appendFileSync } from "node:fs";

/**
 * Test hooks, read only by the tests of interrupted runs. `MULTIREGION_TEST_CRASH_AFTER=<n>` kills
 * the process (SIGKILL: no cleanup, no exit handlers) right after the n-th write to the project;
 * `MULTIREGION_TEST_WRITE_LOG=<file>` appends one line per write (`<n> <what>`), so a test can list
 * every point a run writes at and kill it at each.
 */
export const crashAfterVariable = "MULTIREGION_TEST_CRASH_AFTER";
export const writeLogVariable = "MULTIREGION_TEST_WRITE_LOG";

let count = 0;

/** Called after every write, rename or removal in the project folder. */
export function writePoint(what: string): void {
  count++;
  const log = process.env[writeLogVariable];
  if (log) appendFileSync(log, `${count} ${what}\n`);
  if (process.env[crashAfterVariable] === String(count)) process.kill(process.pid, "SIGKILL");
}

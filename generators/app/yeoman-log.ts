// How Yeoman's logger is used for this generator's output: the per-file lines of its conflicter only
// with --verbose, and no "An error occured while running" line for a designed outcome.

type Logger = ((...args: unknown[]) => unknown) & Record<string, unknown>;

/** The statuses Yeoman's conflicter logs for each file it writes. */
const fileStatuses = ["create", "force", "identical", "skip"];

/** Hides the per-file lines ("   create src/app.ts", "    force .yo-rc.json") of a run. */
export function hideFileStatuses(adapter: { log: unknown }): void {
  const log = adapter.log as Logger;
  for (const status of fileStatuses) if (typeof log[status] === "function") log[status] = () => log;
}

/**
 * The same logger without its `error` method's output: Yeoman calls it with "An error occured while
 * running <task>" before passing on whatever a task throws, and a run that fails on purpose (conflicts
 * left to resolve) has already said why.
 */
export function withoutTaskErrorLine(log: unknown): Logger {
  const base = log as Logger;
  return Object.assign((...args: unknown[]) => base(...args), base, { error: () => base });
}

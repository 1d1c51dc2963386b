import type { ConflictMode } from "./decide.js";

const modes: readonly ConflictMode[] = ["markers", "new-file"];

export class ConflictModeError extends Error {
  override name = "ConflictModeError";
}

/** The `--on-conflict` value; a wrong one is a one-line error naming it and what is allowed. */
export function conflictMode(value: unknown): ConflictMode {
  if (value === undefined || value === null || value === "") return "markers";
  if (typeof value === "string" && (modes as readonly string[]).includes(value)) return value as ConflictMode;
  throw new ConflictModeError(`--on-conflict ${JSON.stringify(value)}: unknown value; allowed: ${modes.join(", ")}`);
}

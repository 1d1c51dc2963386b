/** A file the run could not write: one line naming it, why, and what that left changed. */
export class WriteError extends Error {
  override name = "WriteError";
  /** False when files were written and could not be put back (the next run finishes them). */
  readonly nothingChanged: boolean;

  constructor(what: string, nothingChanged = true) {
    super(nothingChanged ? `${what}; nothing was changed` : what);
    this.nothingChanged = nothingChanged;
  }
}

const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "not permitted (read-only or immutable)",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EISDIR: "a folder is in the way",
  ENOTDIR: "a file is in the way of a folder",
  EEXIST: "a file is in the way of a folder",
  EMFILE: "too many open files",
  EBUSY: "in use",
};

/** `permission denied (EACCES)`: the reason in words, then the code to search for. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return (error as Error).message;
  return `${reasons[code] ?? (error as Error).message.split(",")[0]} (${code})`;
}

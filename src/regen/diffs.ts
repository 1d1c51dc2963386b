import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";
import type { FileChange } from "./plan.js";

/** `git diff`-style unified diffs of what a run would change, for --dry-run. */
export function unifiedDiffs(changes: readonly FileChange[], read: (path: string) => string | undefined): string[] {
  return changes.map((change) => {
    const before = read(change.path);
    const after = change.remove ? undefined : change.content;
    return createTwoFilesPatch(
      before === undefined ? "/dev/null" : `a/${change.path}`,
      after === undefined ? "/dev/null" : `b/${change.path}`,
      before ?? "",
      after ?? "",
      undefined,
      undefined,
      { headerOptions: FILE_HEADERS_ONLY },
    );
  });
}

import { relative } from "node:path";

/** A folder as a person types it after `cd`, relative to where they ran the command when shorter. */
export function folderForCd(cwd: string, dir: string): string | undefined {
  const near = relative(cwd, dir);
  if (near === "") return undefined;
  const path = near.startsWith("..") && near.length > dir.length ? dir : near;
  return /^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/** "src/ 31, test/ 21, ..., 9 at the top": the files of a project by top-level folder, largest first. */
function byFolder(paths: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    const key = slash < 0 ? "" : path.slice(0, slash + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = counts.get("") ?? 0;
  counts.delete("");
  const folders = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([folder, count]) => `${folder} ${count}`);
  return [...folders, ...(top > 0 ? [`${top} at the top`] : [])].join(", ");
}

export interface CreatedOptions {
  name: string;
  /** Where, as the person would type it; undefined for the current folder. */
  folder?: string;
  dryRun: boolean;
  /** Every path, one per line, after the summary line. */
  verbose: boolean;
}

/** What a first generation wrote (or, dry, would write): one line, and with --verbose every path. */
export function createdLines(paths: readonly string[], options: CreatedOptions): string[] {
  const where = options.folder ? ` in ${options.folder}` : " here";
  const files = `${paths.length} files (${byFolder(paths)})`;
  const line = options.dryRun
    ? `Dry run: would create ${options.name}${where}: ${files}, and the regeneration base in .multiregion/; nothing was written.`
    : `Created ${options.name}${where}: ${files}, and the regeneration base in .multiregion/ (commit it with the rest).`;
  return [line, ...(options.verbose ? [...paths].sort().map((path) => `  ${path}`) : [])];
}

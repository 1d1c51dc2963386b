import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import {
  formatJournal,
  journalPath,
  pendingDir,
  readProjectFile,
  setAsidePath,
  stagedPath,
  type Journal,
  type JournalKind,
} from "./journal.js";
import { sha256, stateDir } from "./manifest.js";
import type { FileChange } from "./plan.js";
import { fsReason, WriteError } from "./write-error.js";
import { writePoint } from "./write-points.js";

/**
 * Writes a run's changes all or nothing (see journal.ts): preflight, stage, commit the journal,
 * move the files in, clear. An error before the commit discards what was staged; an error while
 * moving files in puts back what was moved; a killed process is finished by the next run
 * (`finishJournal`). Every step that touches the disk is a write point (write-points.ts).
 */

/** The folders `mkdir -p` would create for `dir`, outermost first. */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = dirname(current)) missing.unshift(current);
  return missing;
}

/** A change that cannot be written is refused before anything is: its folder and the file itself must be writable. */
function preflight(root: string, change: FileChange): void {
  const target = join(root, change.path);
  const verb = change.remove ? "remove" : "write";
  try {
    const folder = dirname(missingFolders(dirname(target))[0] ?? target);
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    accessSync(folder, constants.W_OK);
    if (existsSync(target)) {
      if (statSync(target).isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
      accessSync(target, constants.W_OK);
    }
  } catch (error) {
    throw new WriteError(`cannot ${verb} ${change.path}: ${fsReason(error)}`);
  }
}

/** Removes `pending/` entries other than the journal: what an interrupted or finished run left. */
function clearStaging(root: string, keepJournal: boolean): void {
  const dir = join(root, pendingDir);
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) if (!(keepJournal && entry === "journal.json")) rmSync(join(dir, entry), { force: true, recursive: true });
  if (!keepJournal) rmdirSync(dir);
}

/** Drops what a run left staged without committing to it (no journal): it changed nothing. */
export function discardUncommitted(root: string): void {
  if (existsSync(join(root, journalPath)) || !existsSync(join(root, pendingDir))) return;
  rmSync(join(root, pendingDir), { recursive: true, force: true });
  if (readdirSync(join(root, stateDir)).length === 0) rmdirSync(join(root, stateDir));
}

/** The first generation's journal is kept until its first commit is made (the next run makes it otherwise). */
export function clearJournal(root: string): void {
  if (!existsSync(join(root, pendingDir))) return;
  clearStaging(root, false);
  writePoint("clear the journal");
}

/** Moves one journal entry into the project. Returns the folders it created. */
function applyEntry(root: string, journal: Journal, index: number): string[] {
  const entry = journal.files[index]!;
  const target = join(root, entry.path);
  const staged = join(root, stagedPath(journal, index));
  const aside = join(root, setAsidePath(journal, index));
  if (!entry.remove && !existsSync(staged)) return [];
  if (existsSync(target) && !existsSync(aside)) {
    // The version this run merged against; anything else was written after the run was interrupted.
    if (sha256(readProjectFile(root, entry.path) ?? "") !== entry.before) {
      throw new WriteError(
        `cannot finish the interrupted run: ${entry.path} changed after it stopped; allowed: move your change aside (git stash), run again, then reapply it`,
        false,
      );
    }
    renameSync(target, aside);
    writePoint(`set aside ${entry.path}`);
  }
  if (entry.remove) return [];
  const created = missingFolders(dirname(target));
  if (created.length > 0) mkdirSync(dirname(target), { recursive: true });
  renameSync(staged, target);
  writePoint(`move in ${entry.path}`);
  return created;
}

/**
 * Folders left empty by the files the run removed (a module moved elsewhere leaves its old folder
 * behind), up to the project's root; a folder that still holds anything stays.
 */
function removeEmptiedFolders(root: string, journal: Journal): void {
  for (const entry of journal.files.filter((file) => file.remove)) {
    for (let folder = dirname(join(root, entry.path)); folder.startsWith(`${root}/`); folder = dirname(folder)) {
      if (!existsSync(folder) || readdirSync(folder).length > 0) break;
      rmdirSync(folder);
    }
  }
}

/** Puts back entries `0..last`: the staged files return to pending/, the set-aside ones to their place. */
function undoEntries(root: string, journal: Journal, last: number, created: string[]): void {
  for (let index = last; index >= 0; index--) {
    const entry = journal.files[index]!;
    const target = join(root, entry.path);
    const staged = join(root, stagedPath(journal, index));
    const aside = join(root, setAsidePath(journal, index));
    if (!entry.remove && !existsSync(staged) && existsSync(target)) renameSync(target, staged);
    if (existsSync(aside)) renameSync(aside, target);
  }
  for (const folder of created.toReversed()) if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
}

/** Finishes the journal of a run killed after it committed; idempotent, so it may be killed and finished again. */
export function finishJournal(root: string, journal: Journal, options: { keepJournal: boolean }): void {
  for (let index = 0; index < journal.files.length; index++) applyEntry(root, journal, index);
  removeEmptiedFolders(root, journal);
  if (options.keepJournal) {
    clearStaging(root, true);
    writePoint("clear the staged files");
  } else clearJournal(root);
}

export interface CommitOptions {
  kind: JournalKind;
  /** Keep the journal after the files are in (a first commit is still owed); `clearJournal` drops it. */
  keepJournal: boolean;
}

/** Writes every new file under pending/, then the journal, renamed into place: from then on the run is decided. */
function stage(root: string, journal: Journal, changes: readonly FileChange[]): void {
  let current = pendingDir;
  try {
    clearStaging(root, true);
    mkdirSync(join(root, pendingDir), { recursive: true });
    changes.forEach((change, index) => {
      if (change.remove) return;
      current = change.path;
      const staged = join(root, stagedPath(journal, index));
      writeFileSync(staged, change.content);
      const target = join(root, change.path);
      if (existsSync(target)) chmodSync(staged, statSync(target).mode);
      writePoint(`stage ${change.path}`);
    });
    current = journalPath;
    writeFileSync(join(root, `${journalPath}.tmp`), formatJournal(journal));
    writePoint("write the journal");
    renameSync(join(root, `${journalPath}.tmp`), join(root, journalPath));
    writePoint("commit the journal");
  } catch (error) {
    throw new WriteError(`cannot write ${current}: ${fsReason(error)}`);
  }
}

/** Moves the staged files in; on an error, puts back what it moved and says which file failed. */
function apply(root: string, journal: Journal, changes: readonly FileChange[]): void {
  const created: string[] = [];
  let index = 0;
  try {
    for (; index < changes.length; index++) created.push(...applyEntry(root, journal, index));
  } catch (error) {
    const what = `cannot ${changes[index]!.remove ? "remove" : "write"} ${changes[index]!.path}: ${fsReason(error)}`;
    try {
      undoEntries(root, journal, index, created);
    } catch {
      throw new WriteError(`${what}; ${index} of ${changes.length} files were written and could not be put back: run again to finish (${journalPath})`, false);
    }
    throw new WriteError(what);
  }
}

/** Writes `changes` into `root` all or nothing. A WriteError says which file, why, and that nothing was changed. */
export function commitChanges(root: string, changes: readonly FileChange[], options: CommitOptions): void {
  if (changes.length === 0) return;
  for (const change of changes) preflight(root, change);
  const journal: Journal = {
    id: randomBytes(4).toString("hex"),
    kind: options.kind,
    files: changes.map((change) => {
      const before = readProjectFile(root, change.path);
      return { path: change.path, ...(change.remove ? { remove: true as const } : {}), before: before === undefined ? null : sha256(before) };
    }),
  };
  const createdFolders = missingFolders(join(root, pendingDir));
  // A first generation finished by this run keeps its (finished) journal until its commit: kept on failure.
  const previousJournal = readProjectFile(root, journalPath);
  try {
    stage(root, journal, changes);
    apply(root, journal, changes);
  } catch (error) {
    if (error instanceof WriteError && error.nothingChanged) {
      // The journal first: killed halfway through, the leftovers are then discarded, never finished.
      rmSync(join(root, journalPath), { force: true });
      rmSync(join(root, pendingDir), { recursive: true, force: true });
      for (const folder of createdFolders.toReversed()) if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
      if (previousJournal !== undefined) {
        mkdirSync(join(root, pendingDir), { recursive: true });
        writeFileSync(join(root, journalPath), previousJournal);
      }
    }
    throw error;
  }
  removeEmptiedFolders(root, journal);
  if (options.keepJournal) {
    clearStaging(root, true);
    writePoint("clear the staged files");
  } else clearJournal(root);
}

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { stateDir } from "./manifest.js";
import { generatorName } from "./markers.js";

/**
 * A run writes every file first into `.multiregion/pending/`, then commits to the change by
 * writing `journal.json` there (renamed into place, so it exists whole or not at all), and only
 * then moves the files into the project. A run killed before the journal exists changed nothing
 * (the staged files are discarded); one killed after it is finished by the next run, which moves
 * the remaining staged files in. Staged files carry the journal's id, so leftovers of a run that
 * never committed can never be taken for the journal's own.
 */
export const pendingDir = `${stateDir}/pending`;
export const journalPath = `${pendingDir}/journal.json`;

/** A first generation owes its first commit until the journal is cleared. */
export type JournalKind = "first-generation" | "regeneration";

export interface JournalEntry {
  path: string;
  remove?: true;
  /** sha256 of the file before the run; null when there was none. */
  before: string | null;
}

export interface Journal {
  id: string;
  kind: JournalKind;
  files: JournalEntry[];
}

export const stagedPath = (journal: Pick<Journal, "id">, index: number): string => `${pendingDir}/${journal.id}-${index}.new`;
export const setAsidePath = (journal: Pick<Journal, "id">, index: number): string => `${pendingDir}/${journal.id}-${index}.old`;

export class JournalError extends Error {
  override name = "JournalError";
}

const about = `Written by ${generatorName} while it writes the project; the next run finishes an interrupted one. Do not edit.`;

export function formatJournal(journal: Journal): string {
  return `${JSON.stringify({ about, ...journal }, null, 2)}\n`;
}

const isEntry = (value: unknown): value is JournalEntry => {
  const entry = value as JournalEntry;
  return typeof entry?.path === "string" && (entry.before === null || typeof entry.before === "string") && (entry.remove === undefined || entry.remove === true);
};

export function parseJournal(text: string): Journal {
  let parsed: Partial<Journal>;
  try {
    parsed = JSON.parse(text) as Partial<Journal>;
  } catch (error) {
    throw new JournalError(`${journalPath}: not valid JSON (${(error as Error).message}); allowed: the file as ${generatorName} wrote it`);
  }
  const kinds = ["first-generation", "regeneration"];
  if (typeof parsed.id !== "string" || !/^[\w-]+$/.test(parsed.id) || !kinds.includes(parsed.kind as string) || !Array.isArray(parsed.files) || !parsed.files.every(isEntry)) {
    throw new JournalError(`${journalPath}: not a journal of ${generatorName} (id, kind and files expected); allowed: the file as ${generatorName} wrote it`);
  }
  return { id: parsed.id, kind: parsed.kind as JournalKind, files: parsed.files };
}

/** The journal of an interrupted run in `root`, if one committed to its changes. */
export function readJournal(root: string): Journal | undefined {
  const file = join(root, journalPath);
  return existsSync(file) ? parseJournal(readFileSync(file, "utf8")) : undefined;
}

/** True when `.multiregion/` holds nothing but what a run left before it committed (no journal). */
export function onlyUncommittedStaging(root: string): boolean {
  const dir = join(root, stateDir);
  return existsSync(dir) && readdirSync(dir).join() === "pending" && !existsSync(join(root, journalPath));
}

/** A project file's text, or undefined when there is none (a folder in its place counts as none). */
export function readProjectFile(root: string, path: string): string | undefined {
  try {
    return readFileSync(join(root, path), "utf8");
  } catch (error) {
    if (["ENOENT", "ENOTDIR", "EISDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw error;
  }
}

/**
 * Reads the project as it will be once `journal` is finished: a staged file still waiting in
 * pending/ is read there, a removal reads as no file. Without a journal, the disk as it is.
 */
export function projectReader(root: string, journal: Journal | undefined): (path: string) => string | undefined {
  const index = new Map(journal?.files.map((entry, position) => [entry.path, position]));
  return (path) => {
    const position = index.get(path);
    if (journal && position !== undefined) {
      if (journal.files[position]!.remove) return undefined;
      const staged = readProjectFile(root, stagedPath(journal, position));
      if (staged !== undefined) return staged;
    }
    return readProjectFile(root, path);
  };
}

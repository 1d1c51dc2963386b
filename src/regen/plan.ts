import { decideFile, type ConflictMode, type FileDecision } from "./decide.js";
import type { KeyMerge } from "./keyed-files.js";
import { moveDecision, pendingMoves } from "./moves.js";
import { sidecarPath } from "./markers.js";
import {
  attributesPath,
  basePath,
  formatManifest,
  manifestPath,
  parseManifest,
  sha256,
  stateAttributes,
  type Manifest,
  type ManifestEntry,
} from "./manifest.js";

export interface RenderedEntry {
  content: string;
  writeOnce: boolean;
}

export interface RegenInput {
  /** The new render, keyed by project-relative path. */
  rendered: ReadonlyMap<string, RenderedEntry>;
  /** Reads a project file (project-relative path); undefined when there is none. */
  read: (path: string) => string | undefined;
  generatorVersion: string;
  onConflict: ConflictMode;
  mergeByKey?: KeyMerge;
  /** Generated files the templates moved: old path -> new path (src/project/moves.ts). */
  movedFiles?: Readonly<Record<string, string>>;
}

export type FileChange = { path: string; content: string; remove?: never } | { path: string; remove: true; content?: never };

export interface RegenPlan {
  /** One per managed file, sorted by path. */
  decisions: FileDecision[];
  /** What to write or delete in the project (files the user sees), in path order. */
  projectChanges: FileChange[];
  /** The new manifest and base; applied after every project change (the state follows the files). */
  stateChanges: FileChange[];
  /** Paths left in conflict: the run must fail until they are resolved. */
  conflicts: string[];
  /** The version that generated the project last time; undefined on a first generation. */
  previousVersion?: string;
}

/** The team's own folder: whatever the file table says, nothing in it is ever regenerated. */
export const userOwnedDir = "src/custom/";

function isWriteOnce(path: string, rendered: RenderedEntry | undefined, entry: ManifestEntry | undefined): boolean {
  return path.startsWith(userOwnedDir) || (rendered?.writeOnce ?? entry?.writeOnce ?? false);
}

function previousManifest(read: RegenInput["read"]): Manifest | undefined {
  const text = read(manifestPath);
  return text === undefined ? undefined : parseManifest(text);
}

/** The base of a file, trusted only when it still hashes to what the manifest recorded. */
function trustedBase(path: string, entry: ManifestEntry | undefined, yours: string | undefined, read: RegenInput["read"]): string | undefined {
  if (!entry) return undefined;
  const base = read(basePath(path));
  if (base !== undefined && sha256(base) === entry.sha256) return base;
  // The base is lost or damaged, but a file that still hashes to the last render is unedited.
  return yours !== undefined && sha256(yours) === entry.sha256 ? yours : undefined;
}

function projectChangesOf(decision: FileDecision, yours: string | undefined, sidecar: string | undefined): FileChange[] {
  const changes: FileChange[] = [];
  if (decision.remove) changes.push({ path: decision.path, remove: true });
  if (decision.write !== undefined && decision.write !== yours) changes.push({ path: decision.path, content: decision.write });
  if (decision.sidecar && decision.sidecar.content !== sidecar) changes.push(decision.sidecar);
  return changes;
}

/** Manifest and base of the new render, written only where they differ from what is on disk. */
function stateChangesOf(input: RegenInput, previous: Manifest | undefined): FileChange[] {
  const files: Record<string, ManifestEntry> = {};
  const changes: FileChange[] = [];
  for (const [path, entry] of input.rendered) {
    files[path] = isWriteOnce(path, entry, undefined) ? { sha256: sha256(entry.content), writeOnce: true } : { sha256: sha256(entry.content) };
    if (input.read(basePath(path)) !== entry.content) changes.push({ path: basePath(path), content: entry.content });
  }
  for (const path of Object.keys(previous?.files ?? {})) {
    if (!input.rendered.has(path) && input.read(basePath(path)) !== undefined) changes.push({ path: basePath(path), remove: true });
  }
  if (input.read(attributesPath) !== stateAttributes) changes.push({ path: attributesPath, content: stateAttributes });
  const manifest = formatManifest({ generatorVersion: input.generatorVersion, files });
  if (input.read(manifestPath) !== manifest) changes.push({ path: manifestPath, content: manifest });
  return changes;
}

/**
 * Decides every managed file (the rendered ones and the ones the last generation wrote), then the
 * new state. Pure: reads through `input.read`, returns what to write; the caller applies it.
 */
export function planRegeneration(input: RegenInput): RegenPlan {
  const previous = previousManifest(input.read);
  const moves = pendingMoves(input.movedFiles ?? {}, previous, input.rendered, input.read);
  // An old path that moves is decided under its new path, on its own contents and base.
  const movedAway = new Set([...moves.values()].map(({ from }) => from));
  const paths = [...new Set([...input.rendered.keys(), ...Object.keys(previous?.files ?? {})])].filter((path) => !movedAway.has(path)).sort();
  const decisions: FileDecision[] = [];
  const projectChanges: FileChange[] = [];
  for (const path of paths) {
    const rendered = input.rendered.get(path);
    const move = moves.get(path);
    const source = move?.from ?? path;
    const entry = previous?.files[source];
    const yours = input.read(source);
    const sidecar = input.read(sidecarPath(path));
    const base = trustedBase(source, entry, yours, input.read);
    const decision = decideFile(
      {
        path,
        rendered: rendered?.content,
        writeOnce: isWriteOnce(path, rendered, entry),
        generatedBefore: entry !== undefined,
        base,
        yours,
        sidecar,
      },
      { onConflict: input.onConflict, generatorVersion: input.generatorVersion, mergeByKey: input.mergeByKey },
    );
    if (move) {
      const moved = moveDecision(decision, move, { yours, base, sidecar });
      decisions.push(moved.decision);
      projectChanges.push(...moved.changes);
    } else {
      decisions.push(decision);
      projectChanges.push(...projectChangesOf(decision, yours, sidecar));
    }
  }
  return {
    decisions,
    projectChanges,
    stateChanges: stateChangesOf(input, previous),
    conflicts: decisions.filter((decision) => decision.status === "conflict").map((decision) => decision.path),
    previousVersion: previous?.generatorVersion,
  };
}

import { planRegeneration, type FileChange, type RegenPlan, type RenderedEntry } from "../../src/regen/plan.js";
import type { ConflictMode } from "../../src/regen/decide.js";
import { mergeStructured } from "../../src/regen/structured-merge.js";

/** A project folder in memory: project-relative path -> text. */
export type Disk = Map<string, string>;

export const render = (files: Record<string, string>, writeOnce: string[] = []): Map<string, RenderedEntry> =>
  new Map(Object.entries(files).map(([path, content]) => [path, { content, writeOnce: writeOnce.includes(path) }]));

export function apply(disk: Disk, changes: readonly FileChange[]): void {
  for (const change of changes) {
    if (change.remove) disk.delete(change.path);
    else disk.set(change.path, change.content);
  }
}

export interface RunOptions {
  version?: string;
  onConflict?: ConflictMode;
  /** Old path -> new path of the files the templates moved. */
  movedFiles?: Record<string, string>;
}

/** One regeneration: plan against the disk, then apply the project changes and the state, as the generator does. */
export function regenerate(disk: Disk, rendered: Map<string, RenderedEntry>, options: RunOptions = {}): RegenPlan {
  const plan = planRegeneration({
    rendered,
    read: (path) => disk.get(path),
    generatorVersion: options.version ?? "2.0.0",
    onConflict: options.onConflict ?? "markers",
    mergeByKey: mergeStructured,
    movedFiles: options.movedFiles,
  });
  apply(disk, plan.projectChanges);
  apply(disk, plan.stateChanges);
  return plan;
}

/** A first generation into an empty folder. */
export function generate(rendered: Map<string, RenderedEntry>, version = "1.0.0"): Disk {
  const disk: Disk = new Map();
  regenerate(disk, rendered, { version });
  return disk;
}

export const statusOf = (plan: RegenPlan, path: string) => plan.decisions.find((decision) => decision.path === path);

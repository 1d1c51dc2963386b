import { createHash } from "node:crypto";
import { generatorName } from "./markers.js";

/**
 * The regeneration state a generated project keeps (and commits) in `.multiregion/`:
 * `manifest.json` lists every file the generator manages with the hash of what it rendered last
 * time, and `base/` holds that rendering itself, for three-way merges. Each base file carries a
 * `.base` suffix so the project's tools never mistake it for a source (tsc and vitest would compile
 * and run `base/**\/*.ts`, git would obey a `base/.gitignore`); its contents are byte for byte the render.
 */
export const stateDir = ".multiregion";
export const manifestPath = `${stateDir}/manifest.json`;
export const attributesPath = `${stateDir}/.gitattributes`;
export const basePath = (path: string): string => `${stateDir}/base/${path}.base`;

/** Git must not convert line endings in the base, or it would no longer equal what was rendered. */
export const stateAttributes = "# Rendered output kept for merges: byte for byte, never converted.\n* -text linguist-generated\n";

export interface ManifestEntry {
  sha256: string;
  /** Written on the first generation only (src/custom/): never merged, updated or deleted. */
  writeOnce?: true;
}

export interface Manifest {
  generatorVersion: string;
  files: Record<string, ManifestEntry>;
}

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

const about =
  `Written by ${generatorName}: the files it manages and the hash of what it rendered last time ` +
  "(base/ holds that rendering). Commit this folder and do not edit it; regeneration merges your edits against it.";

export function formatManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((path) => [path, manifest.files[path]]));
  return `${JSON.stringify({ about, generator: generatorName, generatorVersion: manifest.generatorVersion, files }, null, 2)}\n`;
}

export class ManifestError extends Error {
  override name = "ManifestError";
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Relative, forward slashes, no `..`: a damaged manifest must never reach outside the project. */
const isProjectPath = (path: string): boolean =>
  path !== "" && !path.startsWith("/") && !/^[A-Za-z]:/.test(path) && !path.includes("\\") && path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");

/** The previous manifest; a damaged one is an error naming the file, never a silent fresh start. */
export function parseManifest(text: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${manifestPath}: not valid JSON (${(error as Error).message}); allowed: the file as ${generatorName} wrote it (restore it from git)`);
  }
  const files = isObject(parsed) ? parsed.files : undefined;
  if (!isObject(parsed) || !isObject(files)) {
    throw new ManifestError(`${manifestPath}: no "files" object; allowed: the file as ${generatorName} wrote it (restore it from git)`);
  }
  const entries: Record<string, ManifestEntry> = {};
  for (const [path, entry] of Object.entries(files)) {
    if (!isProjectPath(path)) {
      throw new ManifestError(`${manifestPath}: "${path}" is outside the project; allowed: relative paths inside it`);
    }
    if (!isObject(entry) || typeof entry.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      throw new ManifestError(`${manifestPath}: entry "${path}" has no valid sha256; allowed: the file as ${generatorName} wrote it (restore it from git)`);
    }
    entries[path] = entry.writeOnce === true ? { sha256: entry.sha256, writeOnce: true } : { sha256: entry.sha256 };
  }
  return { generatorVersion: typeof parsed.generatorVersion === "string" ? parsed.generatorVersion : "unknown", files: entries };
}

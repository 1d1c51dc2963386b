import { basePath } from "./manifest.js";

/**
 * The files merged by key (structured-merge.ts) rather than by line: the stack config, which
 * `pulumi config set` rewrites, and package.json, which `npm install` rewrites. Kept apart from the
 * merge itself so that a run with no such merge to make never loads the YAML parser.
 */
export type KeyedFormat = "yaml" | "json";

export function keyedFormat(path: string): KeyedFormat | undefined {
  if (/^Pulumi\.[^/]+\.yaml$/.test(path)) return "yaml";
  if (/(^|\/)package\.json$/.test(path)) return "json";
  return undefined;
}

export type KeyMerge = typeof import("./structured-merge.js").mergeStructured;

/**
 * The merge by key, loaded only when a keyed file may need a three-way merge: the user's copy
 * differs from both the new render and the base, and the render from the base (or there is none).
 */
export async function keyMergeFor(rendered: ReadonlyMap<string, { content: string }>, read: (path: string) => string | undefined): Promise<KeyMerge | undefined> {
  const needed = [...rendered].some(([path, { content }]) => {
    if (!keyedFormat(path)) return false;
    const [yours, base] = [read(path), read(basePath(path))];
    return yours !== undefined && yours !== content && yours !== base && base !== content;
  });
  return needed ? (await import("./structured-merge.js")).mergeStructured : undefined;
}

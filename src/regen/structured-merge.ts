import { isDeepStrictEqual } from "node:util";
import { isMap, isNode, isScalar, parseDocument, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { keyedFormat, type KeyedFormat } from "./keyed-files.js";
import type { ConflictLabels } from "./markers.js";
import { mergeText, type TextMerge } from "./merge.js";

/**
 * Three-way merge by key for the files a team edits with tools that rewrite them: the stack config
 * (`pulumi config set`) and package.json (`npm install`). A key only one side changed takes that
 * side's value, wherever the lines sit; keys both sides changed differently are conflicts, written
 * with the usual markers around just those keys. The user's file is the starting point, so their
 * comments, key order and formatting stay. Files that do not parse, or that would not come back
 * byte for byte from their parse, are left to the line merge.
 */

interface Format {
  parse(text: string): Document | undefined;
  /** The text of `doc`, formatted like `like` (the user's file). */
  render(doc: Document, like: string): string;
}

const parseMap = (text: string): Document | undefined => {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length === 0 && isMap(doc.contents) ? doc : undefined;
};

const yamlFormat: Format = {
  parse: parseMap,
  // As the templates write it: no folding, `[a, b]` for flow lists (a file that differs is merged by line).
  render: (doc) => doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
};

const jsonIndent = (text: string): string => /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? "  ";

const jsonFormat: Format = {
  parse: (text) => {
    try {
      JSON.parse(text);
    } catch {
      return undefined;
    }
    return parseMap(text);
  },
  render: (doc, like) => `${JSON.stringify(doc.toJS(), null, jsonIndent(like))}${like.endsWith("\n") ? "\n" : ""}`,
};

const formats: Record<KeyedFormat, Format> = { yaml: yamlFormat, json: jsonFormat };

type Key = unknown;
const absent = Symbol("absent");

interface Side {
  doc: Document;
  map: YAMLMap | undefined;
}

interface Conflict {
  /** Keys from the top of the document to the conflicting one. */
  path: Key[];
  base?: Pair;
  theirs?: Pair;
  /** The maps holding them, to place a key where that side has it. */
  baseMap?: YAMLMap;
  theirsMap?: YAMLMap;
}

class Unmergeable extends Error {}

function keyOf(pair: Pair): Key {
  if (!isScalar(pair.key)) throw new Unmergeable("a key that is not a plain value");
  return pair.key.value;
}

const pairOf = (map: YAMLMap | undefined, key: Key): Pair | undefined => map?.items.find((pair) => keyOf(pair) === key);

function valueOf(pair: Pair | undefined, doc: Document): unknown {
  if (!pair) return absent;
  return isNode(pair.value) ? pair.value.toJS(doc) : pair.value;
}

const decorations = ["commentBefore", "comment", "spaceBefore"] as const;

/** Comments and blank lines: the user's change wins, otherwise the template's. */
function mergeDecorations(target: unknown, yours: unknown, base: unknown, theirs: unknown): void {
  if (!isNode(target) || !isNode(yours) || !isNode(base) || !isNode(theirs)) return;
  const record = target as unknown as Record<string, unknown>;
  for (const name of decorations) {
    const [mine, original, template] = [yours[name], base[name], theirs[name]];
    const value = mine !== original ? mine : template;
    if (value === undefined) delete record[name];
    else record[name] = value;
  }
}

const cloned = <T>(value: T): T => (isNode(value) ? (value.clone() as T) : value);

/** Puts `pair` into `map` after the nearest key that precedes it in `order` (the side it comes from). */
function insertPair(map: YAMLMap, pair: Pair, order: YAMLMap | undefined): void {
  const key = keyOf(pair);
  const before = order?.items.map(keyOf) ?? [];
  const preceding = before.slice(0, Math.max(0, before.indexOf(key))).toReversed();
  const anchor = preceding.map((name) => map.items.findIndex((item) => keyOf(item) === name)).find((index) => index >= 0);
  map.items.splice(anchor === undefined ? 0 : anchor + 1, 0, pair);
}

function removePair(map: YAMLMap, key: Key): void {
  const index = map.items.findIndex((item) => keyOf(item) === key);
  if (index >= 0) map.items.splice(index, 1);
}

/** Merges `theirs` into `yours` (modified in place) since `base`; collects what both changed differently. */
function mergeMaps(yours: Side & { map: YAMLMap }, base: Side, theirs: Side & { map: YAMLMap }, path: Key[], conflicts: Conflict[]): void {
  const keys = [...new Set([...yours.map.items, ...theirs.map.items, ...(base.map?.items ?? [])].map(keyOf))];
  for (const key of keys) {
    const [mine, original, template] = [pairOf(yours.map, key), pairOf(base.map, key), pairOf(theirs.map, key)];
    if (mine && template && isMap(mine.value) && isMap(template.value) && (!original || isMap(original.value))) {
      mergeDecorations(mine.key, mine.key, original?.key, template.key);
      mergeDecorations(mine.value, mine.value, original?.value, template.value);
      const nested = (side: Side, pair: Pair | undefined) => ({ doc: side.doc, map: isMap(pair?.value) ? pair.value : undefined });
      mergeMaps({ doc: yours.doc, map: mine.value }, nested(base, original), { doc: theirs.doc, map: template.value }, [...path, key], conflicts);
      continue;
    }
    const [y, b, t] = [valueOf(mine, yours.doc), valueOf(original, base.doc), valueOf(template, theirs.doc)];
    if (isDeepStrictEqual(y, t) || isDeepStrictEqual(t, b)) {
      // Same value, or the template left it alone: the user's stays, with the template's new comments.
      if (mine && original && template) {
        mergeDecorations(mine.key, mine.key, original.key, template.key);
        mergeDecorations(mine.value, mine.value, original.value, template.value);
      }
    } else if (isDeepStrictEqual(y, b)) {
      // Only the template changed it: take the template's value, keep the user's comments on it.
      if (!template) removePair(yours.map, key);
      else if (!mine) insertPair(yours.map, cloned(template), theirs.map);
      else {
        const value = cloned(template.value);
        mergeDecorations(value, mine.value, original?.value, template.value);
        mergeDecorations(mine.key, mine.key, original?.key, template.key);
        mine.value = value;
      }
    } else {
      conflicts.push({ path: [...path, key], base: original, theirs: template, baseMap: base.map, theirsMap: theirs.map });
    }
  }
}

/** The merged document with one side's value at every conflict (the user's is already there). */
function withSide(merged: Document, conflicts: readonly Conflict[], side: "base" | "theirs"): Document {
  const doc = merged.clone();
  for (const conflict of conflicts) {
    const parent = conflict.path.length === 1 ? doc.contents : doc.getIn(conflict.path.slice(0, -1), true);
    if (!isMap(parent)) throw new Unmergeable("a conflict outside a map");
    const key = conflict.path.at(-1);
    const pair = side === "base" ? conflict.base : conflict.theirs;
    const existing = pairOf(parent, key);
    if (!pair) removePair(parent, key);
    else if (existing) existing.value = cloned(pair.value);
    else insertPair(parent, cloned(pair), side === "base" ? conflict.baseMap : conflict.theirsMap);
  }
  return doc;
}

/**
 * Merge by key of the user's file and the new template's since the base, or undefined when the
 * file is not one merged by key, or cannot be (then the caller merges by line).
 */
export function mergeStructured(path: string, yours: string, base: string, theirs: string, labels: ConflictLabels): TextMerge | undefined {
  const name = keyedFormat(path);
  if (!name) return undefined;
  const format = formats[name];
  const [mine, original, template] = [format.parse(yours), base === "" ? undefined : format.parse(base), format.parse(theirs)];
  if (!mine || !template || (base !== "" && !original)) return undefined;
  if (format.render(mine, yours) !== yours) return undefined;
  try {
    const conflicts: Conflict[] = [];
    for (const name of ["commentBefore", "comment"] as const) {
      if (original && mine[name] === original[name]) mine[name] = template[name];
    }
    const map = (doc: Document) => doc.contents as YAMLMap;
    const baseSide: Side = { doc: original ?? template, map: original ? map(original) : undefined };
    mergeMaps({ doc: mine, map: map(mine) }, baseSide, { doc: template, map: map(template) }, [], conflicts);
    const text = format.render(mine, yours);
    if (conflicts.length === 0) return { text, conflicts: 0, theirsAtConflicts: text };
    // Only the conflicting keys differ between the three renderings: the line merge marks just them
    // (or merges them, when the two changes touch different lines of a list).
    const merged = mergeText(text, format.render(withSide(mine, conflicts, "base"), yours), format.render(withSide(mine, conflicts, "theirs"), yours), labels);
    return merged.conflicts > 0 || format.parse(merged.text) ? merged : undefined;
  } catch (error) {
    if (error instanceof Unmergeable) return undefined;
    throw error;
  }
}

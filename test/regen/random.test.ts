import { describe, expect, it } from "vitest";
import { hasConflictMarkers, sidecarPath } from "../../src/regen/markers.js";
import { basePath, manifestPath, parseManifest } from "../../src/regen/manifest.js";
import { formatText, parseText } from "../../src/regen/text.js";
import type { RegenPlan } from "../../src/regen/plan.js";
import { mulberry32 } from "../support/mulberry32.js";
import { generate, regenerate, render, type Disk } from "./memory-project.js";

/**
 * Randomized edit-and-upgrade test: a generated project, many random user edits (insertions,
 * deletions, changed lines, deleted files, new files, CRLF, a dropped final newline), a random
 * template upgrade (edits, removed and added files), one regeneration. Whatever happens, no line
 * the user added is lost. Seeded: a failure names its seed, and `SEED=<n>` replays that case alone.
 */

/** Seeded choices, so every case can be replayed exactly. */
function prng(seed: number) {
  const next = mulberry32(seed);
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof prng>;

/** Lines that repeat in real code: they make the diff's job ambiguous, which is the point. */
const commonLines = ["}", "", "  return value;", "export {};", "  },", "// ---"];

function randomFile(random: Random, tag: string): string[] {
  return Array.from({ length: random.int(0, 40) }, (_, index) => (random.chance(0.3) ? random.pick(commonLines) : `${tag} line ${index}`));
}

/** Random insertions, deletions and changes; returns the new lines. */
function randomEdits(random: Random, lines: string[], newLine: () => string): string[] {
  const result = [...lines];
  for (let edits = random.int(1, 6); edits > 0; edits--) {
    const at = random.int(0, result.length);
    const kind = random.int(0, 2);
    if (kind === 0 || result.length === 0) {
      result.splice(at, 0, ...Array.from({ length: random.int(1, 3) }, newLine));
    } else if (kind === 1) {
      result.splice(Math.min(at, result.length - 1), random.int(1, 3));
    } else {
      result[Math.min(at, result.length - 1)] = newLine();
    }
  }
  return result;
}

const text = (lines: string[]) => formatText({ lines, eol: "\n", finalNewline: true, bom: false });
const linesOf = (content: string) => parseText(content).lines;

function counts(lines: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
  return map;
}

/**
 * Every line a side added since the base is in `result`: for each distinct line, `result` has at
 * least as many copies as the side has more than the base.
 */
function missingAdditions(side: string, base: string, result: string): string[] {
  const [mine, original, merged] = [counts(linesOf(side)), counts(linesOf(base)), counts(linesOf(result))];
  return [...mine].filter(([line, count]) => (merged.get(line) ?? 0) < count - (original.get(line) ?? 0)).map(([line]) => line);
}

interface Case {
  v1: Record<string, string>;
  v2: Record<string, string>;
  user: Disk;
  edited: Set<string>;
  disk: Disk;
  onConflict: "markers" | "new-file";
  plan: RegenPlan;
}

function runCase(seed: number): Case {
  const random = prng(seed);
  const v1: Record<string, string> = {};
  for (let file = random.int(3, 10); file > 0; file--) v1[`src/f${file}.ts`] = text(randomFile(random, `v1 f${file}`));
  v1["src/custom/index.ts"] = text(randomFile(random, "custom"));
  const writeOnce = ["src/custom/index.ts"];
  const disk = generate(render(v1, writeOnce));

  let userLine = 0;
  const edited = new Set<string>();
  for (const path of Object.keys(v1)) {
    if (random.chance(0.1)) {
      disk.delete(path);
      edited.add(path);
    } else if (random.chance(0.6)) {
      const lines = randomEdits(random, linesOf(disk.get(path)!), () => (random.chance(0.15) ? random.pick(commonLines) : `user ${seed}.${userLine++}`));
      const crlf = random.chance(0.1);
      const content = formatText({ lines, eol: crlf ? "\r\n" : "\n", finalNewline: !random.chance(0.1), bom: false });
      // Edits that cancel out leave the file as generated: not an edit.
      if (content !== disk.get(path)) edited.add(path);
      disk.set(path, content);
    }
  }
  for (let extra = random.int(0, 2); extra > 0; extra--) {
    const path = random.chance(0.5) ? `src/new${extra}.ts` : `notes/mine${extra}.md`;
    disk.set(path, text(randomFile(random, `user new ${extra}`)));
    edited.add(path);
  }

  let templateLine = 0;
  const v2: Record<string, string> = {};
  for (const [path, content] of Object.entries(v1)) {
    if (path !== "src/custom/index.ts" && random.chance(0.1)) continue;
    v2[path] = random.chance(0.6) ? text(randomEdits(random, linesOf(content), () => (random.chance(0.15) ? random.pick(commonLines) : `template ${templateLine++}`))) : content;
  }
  for (let added = random.int(0, 2); added > 0; added--) v2[`src/new${added}.ts`] = text(randomFile(random, `v2 new ${added}`));

  const user = new Map(disk);
  const onConflict = random.chance(0.3) ? "new-file" : "markers";
  const plan = regenerate(disk, render(v2, writeOnce), { onConflict });
  return { v1, v2, user, edited, disk, onConflict, plan };
}

/** Checks one case; returns the table rows and statuses it went through. */
function checkCase(seed: number): string[] {
  const { v1, v2, user, edited, disk, onConflict, plan } = runCase(seed);
  const where = `seed ${seed}`;
  const paths = new Set([...Object.keys(v1), ...Object.keys(v2), ...user.keys()].filter((path) => !path.startsWith(".multiregion/")));
  for (const path of paths) {
    const mine = user.get(path);
    const now = disk.get(path);
    const rendered = v2[path];
    if (mine !== undefined && edited.has(path)) {
      // The user's lines survive: merged, kept, or inside conflict markers (or untouched beside a .multiregion-new).
      expect(now, `${where}: ${path} disappeared`).toBeDefined();
      expect(missingAdditions(mine, v1[path] ?? "", now!), `${where}: user lines lost in ${path}`).toEqual([]);
    } else if (edited.has(path)) {
      expect(now, `${where}: ${path} was deleted by the user and must stay deleted`).toBeUndefined();
    }
    if (!edited.has(path) && path !== "src/custom/index.ts") {
      // Untouched files are exactly the new render, or gone with it.
      expect(now, `${where}: untouched ${path}`).toBe(rendered);
    }
    if (path === "src/custom/index.ts" && mine !== undefined) expect(now, `${where}: write-once file touched`).toBe(mine);
    if (now !== undefined && rendered !== undefined && !hasConflictMarkers(now) && !disk.has(sidecarPath(path)) && edited.has(path) && v1[path] !== undefined && path !== "src/custom/index.ts") {
      // A clean merge also applied the template's changes.
      expect(missingAdditions(rendered, v1[path]!, now), `${where}: template lines missing in merged ${path}`).toEqual([]);
    }
  }
  // The state is exactly the new render.
  const manifest = parseManifest(disk.get(manifestPath)!);
  expect(Object.keys(manifest.files).sort(), where).toEqual(Object.keys(v2).sort());
  for (const [path, content] of Object.entries(v2)) expect(disk.get(basePath(path)), `${where}: base of ${path}`).toBe(content);
  for (const path of Object.keys(v1)) if (!(path in v2)) expect(disk.has(basePath(path)), `${where}: stale base ${path}`).toBe(false);
  // Nothing changes on a second run.
  const again = regenerate(disk, render(v2, ["src/custom/index.ts"]), { onConflict });
  expect([...again.projectChanges, ...again.stateChanges], `${where}: second run wrote`).toEqual([]);
  // Every conflict is visible: markers in the file, or a .multiregion-new beside it.
  for (const path of again.conflicts) {
    expect(hasConflictMarkers(disk.get(path) ?? "") || disk.has(sidecarPath(path)), `${where}: silent conflict ${path}`).toBe(true);
  }
  return plan.decisions.map((decision) => `${decision.row}/${decision.status}`);
}

const replay = process.env.SEED === undefined ? undefined : Number(process.env.SEED);
const seeds = replay === undefined ? Array.from({ length: 400 }, (_, index) => 1000 + index) : [replay];

describe("randomized edits and template upgrades", () => {
  it(`never loses a user line over ${seeds.length} seeded cases`, () => {
    const seen = new Set<string>();
    for (const seed of seeds) checkCase(seed).forEach((outcome) => seen.add(outcome));
    if (replay !== undefined) return;
    // The cases must go through every row of the table, or the test proves little.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        "both-changed/conflict",
        "both-changed/merged",
        "create/created",
        "deleted-by-user/deleted-by-you",
        "equals-new-render/unchanged",
        "never-generated/conflict",
        "no-longer-rendered/kept",
        "no-longer-rendered/removed",
        "template-unchanged/kept",
        "unedited/updated",
        "write-once/kept",
        "write-once/unchanged",
      ]),
    );
  });
});

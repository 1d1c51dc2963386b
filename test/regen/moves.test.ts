import { describe, expect, it } from "vitest";
import { driftLines } from "../../src/regen/check.js";
import { basePath, manifestPath, parseManifest } from "../../src/regen/manifest.js";
import { pendingMoves } from "../../src/regen/moves.js";
import { regenSummaryLines } from "../../src/regen/summary.js";
import { generate, regenerate, render, statusOf, type Disk } from "./memory-project.js";

/**
 * A template that moves between versions: version 1 renders src/storage/replication.ts, version 2 the
 * same file (one line changed) as src/objects/replication.ts, and the table says so.
 */
const oldPath = "src/storage/replication.ts";
const newPath = "src/objects/replication.ts";
const movedFiles = { [oldPath]: newPath };
const v1 = {
  "index.ts": "export {};\n",
  [oldPath]: "import { bucket } from './bucket';\nconst mode = 'both';\nconst rules = 1;\nexport { bucket, mode, rules };\n",
};
const v2 = {
  "index.ts": "export {};\n",
  [newPath]: "import { bucket } from '../storage/bucket';\nconst mode = 'both';\nconst rules = 1;\nexport { bucket, mode, rules };\n",
};
const upgrade = (disk: Disk, options: { onConflict?: "markers" | "new-file" } = {}) => regenerate(disk, render(v2), { movedFiles, ...options });

/** Old path gone with its base and manifest entry; the new one recorded with the new render as base. */
function expectStateMoved(disk: Disk) {
  const manifest = parseManifest(disk.get(manifestPath)!);
  expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(v2).sort());
  expect(disk.get(basePath(newPath))).toBe(v2[newPath]);
  expect(disk.has(basePath(oldPath))).toBe(false);
  expect(disk.has(oldPath)).toBe(false);
}

describe("a generated file the templates moved", () => {
  it("unedited: arrives at its new path as the new template renders it, the old path gone", () => {
    const disk = generate(render(v1));
    const plan = upgrade(disk);
    expect(disk.get(newPath)).toBe(v2[newPath]);
    expectStateMoved(disk);
    expect(statusOf(plan, newPath)).toMatchObject({ status: "moved", movedFrom: oldPath, note: `moved ${oldPath} -> ${newPath}` });
    expect(statusOf(plan, oldPath)).toBeUndefined();
    // Settled: the next run changes nothing.
    expect(upgrade(disk).projectChanges).toEqual([]);
  });

  it("edited: the edit is carried to the new path and merged with the template's change", () => {
    const disk = generate(render(v1));
    disk.set(oldPath, disk.get(oldPath)!.replace("const rules = 1;", "const rules = 3; // ours"));
    const plan = upgrade(disk);
    expect(disk.get(newPath)).toBe("import { bucket } from '../storage/bucket';\nconst mode = 'both';\nconst rules = 3; // ours\nexport { bucket, mode, rules };\n");
    expectStateMoved(disk);
    expect(statusOf(plan, newPath)).toMatchObject({ status: "moved", note: `moved ${oldPath} -> ${newPath}, your edits kept` });
    expect(regenSummaryLines(plan, { dryRun: true, generatorVersion: "2.0.0" })).toContain(`  moved           ${newPath}  (moved ${oldPath} -> ${newPath}, your edits kept)`);
  });

  it("edited where the template changed too: conflict markers at the new path, the old path gone", () => {
    const disk = generate(render(v1));
    disk.set(oldPath, disk.get(oldPath)!.replace("from './bucket'", "from './our-bucket'"));
    const plan = upgrade(disk);
    expect(plan.conflicts).toEqual([newPath]);
    expect(disk.get(newPath)).toMatch(/<<<<<<< yours[\s\S]*'\.\/our-bucket'[\s\S]*=======[\s\S]*'\.\.\/storage\/bucket'[\s\S]*>>>>>>> generator-multiregion/);
    expect(statusOf(plan, newPath)?.note).toMatch(new RegExp(`^moved ${oldPath} -> ${newPath}, your edits kept; 1 conflicting section`));
    expectStateMoved(disk);
  });

  it("in conflict under --on-conflict new-file: your file at the new path, the merge beside it", () => {
    const disk = generate(render(v1));
    const yours = disk.get(oldPath)!.replace("from './bucket'", "from './our-bucket'");
    disk.set(oldPath, yours);
    const plan = upgrade(disk, { onConflict: "new-file" });
    expect(plan.conflicts).toEqual([newPath]);
    expect(disk.get(newPath)).toBe(yours);
    expect(disk.get(`${newPath}.multiregion-new`)).toContain("'../storage/bucket'");
    expectStateMoved(disk);
  });

  it("deleted by you: stays deleted, under neither path", () => {
    const disk = generate(render(v1));
    disk.delete(oldPath);
    const plan = upgrade(disk);
    expect(disk.has(newPath)).toBe(false);
    expect(statusOf(plan, newPath)).toMatchObject({ status: "deleted-by-you", movedFrom: oldPath });
    expectStateMoved(disk);
    // Not resurrected later either.
    expect(upgrade(disk).projectChanges).toEqual([]);
    expect(disk.has(newPath)).toBe(false);
  });

  it("not moved when the new path is already there: both decided as today", () => {
    const disk = generate(render(v1));
    disk.set(oldPath, `${disk.get(oldPath)}// ours\n`);
    disk.set(newPath, "// our own file\n");
    const plan = upgrade(disk);
    expect(statusOf(plan, oldPath)).toMatchObject({ status: "kept", row: "no-longer-rendered" });
    expect(statusOf(plan, newPath)).toMatchObject({ row: "never-generated" });
    expect(disk.get(oldPath)).toContain("// ours");
  });

  it("--check names the move", () => {
    const disk = generate(render(v1));
    disk.set(oldPath, disk.get(oldPath)!.replace("const rules = 1;", "const rules = 3;"));
    const before = new Map(disk);
    const plan = regenerate(new Map(before), render(v2), { movedFiles });
    const lines = driftLines({ plan, generatorVersion: "2.0.0", storedVersion: "2.0.0", interrupted: false });
    expect(lines).toEqual([`${newPath}: moved ${oldPath} -> ${newPath}, your edits kept; a regeneration would move it`]);
  });
});

describe("which moves apply", () => {
  const generated = { generatorVersion: "1", files: { [oldPath]: { sha256: "0".repeat(64) }, "src/custom/a.ts": { sha256: "0".repeat(64), writeOnce: true as const } } };
  const rendered = new Map([[newPath, {}], ["src/custom/b.ts", {}]]);
  const nothing = () => undefined;

  it("a file generated last time whose new path is rendered and not there yet", () => {
    expect([...pendingMoves(movedFiles, generated, rendered, nothing).values()]).toEqual([{ from: oldPath, to: newPath }]);
  });

  it("none on a first generation, for a path never generated, a path still rendered, or a file written once", () => {
    expect(pendingMoves(movedFiles, undefined, rendered, nothing).size).toBe(0);
    expect(pendingMoves({ "src/other.ts": newPath }, generated, rendered, nothing).size).toBe(0);
    expect(pendingMoves(movedFiles, generated, new Map([...rendered, [oldPath, {}]]), nothing).size).toBe(0);
    expect(pendingMoves({ "src/custom/a.ts": "src/custom/b.ts" }, generated, rendered, nothing).size).toBe(0);
  });

  it("none when the new path is on disk or in the manifest already", () => {
    expect(pendingMoves(movedFiles, generated, rendered, (path) => (path === newPath ? "x" : undefined)).size).toBe(0);
    expect(pendingMoves(movedFiles, { ...generated, files: { ...generated.files, [newPath]: { sha256: "0".repeat(64) } } }, rendered, nothing).size).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { unifiedDiffs } from "../../src/regen/diffs.js";
import { conflictMessage, regenSummaryLines } from "../../src/regen/summary.js";
import { generate, regenerate, render } from "./memory-project.js";

const v1 = { "a.ts": "a\n", "b.ts": "b1\nb2\nb3\n", "c.ts": "c\n", "d.ts": "d\n", "e.ts": "e\n" };

function scenario() {
  const disk = generate(render(v1));
  disk.set("b.ts", "b1 ours\nb2\nb3\n");
  disk.delete("c.ts");
  disk.set("e.ts", "e ours\n");
  const v2 = { "a.ts": "a2\n", "b.ts": "b1\nb2\nb3 new\n", "c.ts": "c2\n", "e.ts": "e2\n", "f.ts": "f\n" };
  const before = new Map(disk);
  return { before, plan: regenerate(disk, render(v2)), disk };
}

describe("regeneration summary", () => {
  it("lists each file with its status, the user's problems last, and counts the unchanged", () => {
    const { plan } = scenario();
    expect(regenSummaryLines(plan, { dryRun: false, generatorVersion: "2.0.0" })).toEqual([
      "Regenerated with generator-multiregion 2.0.0 (was 1.0.0):",
      "  created         f.ts",
      "  updated         a.ts",
      "  merged          b.ts",
      "  removed         d.ts  (no longer generated)",
      "  deleted-by-you  c.ts  (left deleted; to get it back, remove its entry from .multiregion/manifest.json)",
      "  conflict        e.ts  (1 conflicting section marked <<<<<<< yours / >>>>>>>)",
    ]);
  });

  it("says when there is nothing to do, and what a dry run is", () => {
    const { plan, disk } = scenario();
    const again = regenerate(disk, render({ "a.ts": "a2\n", "b.ts": "b1\nb2\nb3 new\n", "c.ts": "c2\n", "e.ts": "e2\n", "f.ts": "f\n" }));
    expect(regenSummaryLines(again, { dryRun: true, generatorVersion: "2.0.0" })).toEqual([
      "Dry run with generator-multiregion 2.0.0: nothing was written; a regeneration would do this:",
      "  kept            b.ts  (your edit; template unchanged)",
      "  deleted-by-you  c.ts  (left deleted; to get it back, remove its entry from .multiregion/manifest.json)",
      "  conflict        e.ts  (unresolved <<<<<<< yours / >>>>>>> markers from an earlier run)",
      "  2 files unchanged",
      "Nothing to change: the project is up to date.",
    ]);
    expect(plan.conflicts).toEqual(["e.ts"]);
  });

  it("fails in one line naming the files", () => {
    expect(conflictMessage(["e.ts", "x.ts"], { dryRun: false })).toMatch(/^2 files in conflict: e\.ts, x\.ts; resolve the <<<<<<< markers/);
    expect(conflictMessage(["e.ts"], { dryRun: true })).toBe("1 file would be in conflict: e.ts; nothing was written");
  });

  it("shows git-style diffs of created, changed and deleted files", () => {
    const { before, plan } = scenario();
    const diffs = unifiedDiffs(plan.projectChanges, (path) => before.get(path)).join("");
    expect(diffs).toContain("--- a/a.ts\n+++ b/a.ts\n@@ -1,1 +1,1 @@\n-a\n+a2\n");
    expect(diffs).toContain("--- /dev/null\n+++ b/f.ts\n@@ -0,0 +1,1 @@\n+f\n");
    expect(diffs).toContain("--- a/d.ts\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-d\n");
  });
});

import { describe, expect, it } from "vitest";
import { checkVerdict, driftLines } from "../../src/regen/check.js";
import { planRegeneration } from "../../src/regen/plan.js";
import { generate, render, type Disk } from "./memory-project.js";

const v1 = {
  "index.ts": "export {};\n",
  "src/app.ts": "const a = 1;\nconst b = 2;\nconst c = 3;\n",
  "src/custom/index.ts": "// yours\n",
};
const writeOnce = ["src/custom/index.ts"];

const drift = (disk: Disk, files: Record<string, string>, version = "1.0.0") =>
  driftLines({
    plan: planRegeneration({ rendered: render(files, writeOnce), read: (path) => disk.get(path), generatorVersion: version, onConflict: "markers" }),
    generatorVersion: version,
    interrupted: false,
  });

describe("driftLines", () => {
  it("nothing to report for a project as generated, or edited where the template did not change", () => {
    const disk = generate(render(v1, writeOnce));
    expect(drift(disk, v1)).toEqual([]);
    disk.set("src/app.ts", `${v1["src/app.ts"]}// ours\n`);
    expect(drift(disk, v1)).toEqual([]);
  });

  it("one line per file a regeneration would change, saying how", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/app.ts", v1["src/app.ts"].replace("a = 1", "a = 10"));
    const v2 = { ...v1, "index.ts": "export { x };\n", "src/app.ts": v1["src/app.ts"].replace("c = 3", "c = 30"), "src/new.ts": "new\n" };
    expect(drift(disk, v2)).toEqual([
      "index.ts: the template changed (you never edited it); a regeneration would update it",
      "src/app.ts: the template changed; a regeneration would merge it with your edits",
      "src/new.ts: not there yet; a regeneration would create it",
    ]);
  });

  it("a template change of a file written once is not drift (the file is the team's)", () => {
    const disk = generate(render(v1, writeOnce));
    expect(drift(disk, { ...v1, "src/custom/index.ts": "// yours, reworded\n" })).toEqual([]);
  });

  it("a newer generator that renders the same files: the manifest's version is the one line", () => {
    const disk = generate(render(v1, writeOnce), "1.0.0");
    expect(drift(disk, v1, "1.1.0")).toEqual([".multiregion/manifest.json: records generator-multiregion 1.0.0; a regeneration records 1.1.0"]);
  });

  it("the verdict counts the files", () => {
    expect(checkVerdict([], "1.0.0", 87)).toMatch(/^In sync: the 87 generated files are what generator-multiregion 1.0.0 makes of \.yo-rc\.json/);
    expect(checkVerdict(["a: x", "b: y"], "1.0.0", 87)).toBe("2 files not in sync with generator-multiregion 1.0.0: run it without --check to regenerate, review the diff, commit");
  });
});

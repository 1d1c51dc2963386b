import { describe, expect, it } from "vitest";
import { basePath, manifestPath, parseManifest, sha256 } from "../../src/regen/manifest.js";
import { planRegeneration } from "../../src/regen/plan.js";
import { generate, regenerate, render, statusOf, type Disk } from "./memory-project.js";

/**
 * Every row of the regeneration table (DESIGN.md section 4), each on a project generated with
 * version 1 and regenerated with version 2.
 */
const v1 = {
  "index.ts": "import { a } from './a';\nexport = a;\n",
  "src/app.ts": "const region = 'us-east-1';\nconst size = 2;\nconst name = 'app';\nexport { region, size, name };\n",
  "src/custom/index.ts": "// Your code.\nexport {};\n",
};
const writeOnce = ["src/custom/index.ts"];

const baseOf = (disk: Disk, path: string) => disk.get(basePath(path));

function expectStateIsRender(disk: Disk, files: Record<string, string>) {
  const manifest = parseManifest(disk.get(manifestPath)!);
  expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(files).sort());
  for (const [path, content] of Object.entries(files)) {
    expect(baseOf(disk, path)).toBe(content);
    expect(manifest.files[path]?.sha256).toBe(sha256(content));
  }
}

describe("first generation", () => {
  it("creates every file and records the render as manifest and base", () => {
    const disk = generate(render(v1, writeOnce));
    for (const [path, content] of Object.entries(v1)) expect(disk.get(path)).toBe(content);
    expectStateIsRender(disk, v1);
    expect(parseManifest(disk.get(manifestPath)!).files["src/custom/index.ts"]?.writeOnce).toBe(true);
  });
});

describe("regeneration table", () => {
  it("row: not on disk, never generated -> create", () => {
    const disk = generate(render(v1, writeOnce));
    const v2 = { ...v1, "src/new.ts": "export const added = true;\n" };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/new.ts")).toMatchObject({ row: "create", status: "created" });
    expect(disk.get("src/new.ts")).toBe(v2["src/new.ts"]);
    expectStateIsRender(disk, v2);
  });

  it("row: generated before, deleted by the user -> left deleted and reported", () => {
    const disk = generate(render(v1, writeOnce));
    disk.delete("index.ts");
    const v2 = { ...v1, "index.ts": "import { a } from './a';\nexport = a; // v2\n" };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "index.ts")).toMatchObject({ row: "deleted-by-user", status: "deleted-by-you" });
    expect(disk.has("index.ts")).toBe(false);
    expectStateIsRender(disk, v2);
    // Still deleted on the next run, not resurrected.
    expect(regenerate(disk, render(v2, writeOnce)).projectChanges).toEqual([]);
    expect(disk.has("index.ts")).toBe(false);
  });

  it("row: the user's file equals the new render -> nothing written", () => {
    const disk = generate(render(v1, writeOnce));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    disk.set("src/app.ts", v2["src/app.ts"]);
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "equals-new-render", status: "unchanged" });
    expect(plan.projectChanges).toEqual([]);
  });

  it("row: the user never edited it (equals base) -> updated to the new render", () => {
    const disk = generate(render(v1, writeOnce));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "unedited", status: "updated" });
    expect(disk.get("src/app.ts")).toBe(v2["src/app.ts"]);
  });

  it("row: template unchanged (new render equals base) -> the user's file is kept as it is", () => {
    const disk = generate(render(v1, writeOnce));
    const edited = `${v1["src/app.ts"]}// my note\n`;
    disk.set("src/app.ts", edited);
    const plan = regenerate(disk, render(v1, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "template-unchanged", status: "kept" });
    expect(disk.get("src/app.ts")).toBe(edited);
    expect(plan.projectChanges).toEqual([]);
  });

  it("row: both changed, different lines -> clean merge written", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/app.ts", v1["src/app.ts"].replace("region = 'us-east-1';", "region = 'eu-west-1'; // ours"));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("export { region, size, name };", "export { region, size, name, tier };") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "both-changed", status: "merged" });
    expect(disk.get("src/app.ts")).toBe(
      "const region = 'eu-west-1'; // ours\nconst size = 2;\nconst name = 'app';\nexport { region, size, name, tier };\n",
    );
    expect(plan.conflicts).toEqual([]);
    expect(baseOf(disk, "src/app.ts")).toBe(v2["src/app.ts"]);
  });

  it("row: both changed, same lines -> markers, listed as a conflict; the base is the new render, not the merge", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/app.ts", v1["src/app.ts"].replace("size = 2", "size = 5 // ours"));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "both-changed", status: "conflict", conflicts: 1 });
    expect(plan.conflicts).toEqual(["src/app.ts"]);
    expect(disk.get("src/app.ts")).toBe(
      "const region = 'us-east-1';\n<<<<<<< yours (src/app.ts)\nconst size = 5 // ours;\n=======\nconst size = 3;\n>>>>>>> generator-multiregion 2.0.0\nconst name = 'app';\nexport { region, size, name };\n",
    );
    expect(baseOf(disk, "src/app.ts")).toBe(v2["src/app.ts"]);
  });

  it("row: both changed, same lines, --on-conflict new-file -> the user's file untouched, <file>.multiregion-new holds the merge with the template's side of the conflict", () => {
    const disk = generate(render(v1, writeOnce));
    const edited = `${v1["src/app.ts"].replace("size = 2", "size = 5 // ours")}// ours: the end\n`;
    disk.set("src/app.ts", edited);
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce), { onConflict: "new-file" });
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ status: "conflict", sidecar: { path: "src/app.ts.multiregion-new" } });
    expect(disk.get("src/app.ts")).toBe(edited);
    // Not the bare template: the user's other edit is merged in, only the conflicting line is the template's.
    expect(disk.get("src/app.ts.multiregion-new")).toBe(`${v2["src/app.ts"]}// ours: the end\n`);
    // Until the user deletes it, the next run still reports the conflict, and writes nothing.
    const again = regenerate(disk, render(v2, writeOnce), { onConflict: "new-file" });
    expect(again.conflicts).toEqual(["src/app.ts"]);
    expect([...again.projectChanges, ...again.stateChanges]).toEqual([]);
    disk.delete("src/app.ts.multiregion-new");
    expect(regenerate(disk, render(v2, writeOnce)).conflicts).toEqual([]);
  });

  it("row: exists but was never generated -> never overwritten silently (markers against an empty base)", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/new.ts", "// my own file\nexport const mine = 1;\n");
    const v2 = { ...v1, "src/new.ts": "export const added = true;\n" };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/new.ts")).toMatchObject({ row: "never-generated", status: "conflict" });
    expect(disk.get("src/new.ts")).toBe(
      "<<<<<<< yours (src/new.ts)\n// my own file\nexport const mine = 1;\n=======\nexport const added = true;\n>>>>>>> generator-multiregion 2.0.0\n",
    );
  });

  it("row: exists but was never generated, --on-conflict new-file -> <file>.multiregion-new", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/new.ts", "export const mine = 1;\n");
    const v2 = { ...v1, "src/new.ts": "export const added = true;\n" };
    const plan = regenerate(disk, render(v2, writeOnce), { onConflict: "new-file" });
    expect(statusOf(plan, "src/new.ts")).toMatchObject({ row: "never-generated", status: "conflict" });
    expect(disk.get("src/new.ts")).toBe("export const mine = 1;\n");
    expect(disk.get("src/new.ts.multiregion-new")).toBe(v2["src/new.ts"]);
  });

  it("row: exists, never generated, already equal to the render -> adopted without a conflict", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/new.ts", "export const added = true;\n");
    const plan = regenerate(disk, render({ ...v1, "src/new.ts": "export const added = true;\n" }, writeOnce));
    expect(statusOf(plan, "src/new.ts")).toMatchObject({ status: "unchanged" });
    expect(plan.conflicts).toEqual([]);
  });

  it("row: no longer rendered and unedited -> deleted", () => {
    const disk = generate(render(v1, writeOnce));
    const { "src/app.ts": _dropped, ...v2 } = v1;
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "no-longer-rendered", status: "removed" });
    expect(disk.has("src/app.ts")).toBe(false);
    expect(baseOf(disk, "src/app.ts")).toBeUndefined();
    expectStateIsRender(disk, v2);
  });

  it("row: no longer rendered but edited -> kept and reported", () => {
    const disk = generate(render(v1, writeOnce));
    const edited = `${v1["src/app.ts"]}// mine\n`;
    disk.set("src/app.ts", edited);
    const { "src/app.ts": _dropped, ...v2 } = v1;
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")).toMatchObject({ row: "no-longer-rendered", status: "kept" });
    expect(disk.get("src/app.ts")).toBe(edited);
    expectStateIsRender(disk, v2);
  });

  it("row: src/custom is written once and never touched again, even when its template changes", () => {
    const disk = generate(render(v1, writeOnce));
    const v2 = { ...v1, "src/custom/index.ts": "// Your code, new template.\nexport {};\n" };
    // Unedited and the template changed: still not updated.
    let plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/custom/index.ts")).toMatchObject({ row: "write-once", status: "kept" });
    expect(disk.get("src/custom/index.ts")).toBe(v1["src/custom/index.ts"]);
    // Edited, with markers-looking text: left alone, not flagged.
    const mine = "<<<<<<< yours (x)\n>>>>>>> generator-multiregion 1\n";
    disk.set("src/custom/index.ts", mine);
    plan = regenerate(disk, render({ ...v2, "src/custom/index.ts": "changed again\n" }, writeOnce));
    expect(statusOf(plan, "src/custom/index.ts")?.status).toBe("kept");
    expect(disk.get("src/custom/index.ts")).toBe(mine);
    // Deleted by the user: left deleted.
    disk.delete("src/custom/index.ts");
    plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/custom/index.ts")?.status).toBe("deleted-by-you");
    expect(disk.has("src/custom/index.ts")).toBe(false);
    // No longer rendered: kept, never deleted.
    disk.set("src/custom/index.ts", v2["src/custom/index.ts"]);
    const { "src/custom/index.ts": _gone, ...v3 } = v2;
    plan = regenerate(disk, render(v3, writeOnce));
    expect(statusOf(plan, "src/custom/index.ts")?.status).toBe("kept");
    expect(disk.get("src/custom/index.ts")).toBe(v2["src/custom/index.ts"]);
  });

  it("anything under src/custom/ is write-once even when the file table forgets to say so", () => {
    const files = { ...v1, "src/custom/extra.ts": "export const extra = 1;\n" };
    const disk = generate(render(files));
    disk.set("src/custom/extra.ts", "export const extra = 2; // ours\n");
    const plan = regenerate(disk, render({ ...files, "src/custom/extra.ts": "export const extra = 3;\n" }));
    expect(statusOf(plan, "src/custom/extra.ts")).toMatchObject({ row: "write-once", status: "kept" });
    expect(disk.get("src/custom/extra.ts")).toBe("export const extra = 2; // ours\n");
    expect(parseManifest(disk.get(manifestPath)!).files["src/custom/extra.ts"]?.writeOnce).toBe(true);
  });

  it("a write-once file that exists but was never generated is the user's, not a conflict", () => {
    const disk = generate(render({ "index.ts": v1["index.ts"] }));
    disk.set("src/custom/index.ts", "export const mine = 1;\n");
    const plan = regenerate(disk, render(v1, writeOnce));
    expect(statusOf(plan, "src/custom/index.ts")?.status).toBe("kept");
    expect(disk.get("src/custom/index.ts")).toBe("export const mine = 1;\n");
  });
});

describe("state and repeat runs", () => {
  it("a second run with nothing changed writes nothing", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/app.ts", v1["src/app.ts"].replace("size = 2", "size = 5 // ours"));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("name = 'app'", "name = 'svc'") };
    expect(regenerate(disk, render(v2, writeOnce)).projectChanges.length).toBeGreaterThan(0);
    const again = regenerate(disk, render(v2, writeOnce));
    expect(again.projectChanges).toEqual([]);
    expect(again.stateChanges).toEqual([]);
  });

  it("unresolved markers from an earlier run keep the file in conflict, without touching it", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set("src/app.ts", v1["src/app.ts"].replace("size = 2", "size = 5"));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    regenerate(disk, render(v2, writeOnce));
    const marked = disk.get("src/app.ts");
    const again = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(again, "src/app.ts")).toMatchObject({ status: "conflict", note: expect.stringContaining("unresolved") });
    expect(again.projectChanges).toEqual([]);
    expect(disk.get("src/app.ts")).toBe(marked);
    // Resolved by the user: kept, no conflict.
    disk.set("src/app.ts", v1["src/app.ts"].replace("size = 2", "size = 5"));
    expect(regenerate(disk, render(v2, writeOnce)).conflicts).toEqual([]);
  });

  it("a lost base falls back to the manifest hash: an unedited file is still updated", () => {
    const disk = generate(render(v1, writeOnce));
    disk.delete(basePath("src/app.ts"));
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")?.status).toBe("updated");
    expect(disk.get("src/app.ts")).toBe(v2["src/app.ts"]);
  });

  it("a base edited by hand is not trusted: an edited file is merged against nothing (markers), never overwritten", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set(basePath("src/app.ts"), "tampered\n");
    disk.set("src/app.ts", `${v1["src/app.ts"]}// mine\n`);
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")?.status).toBe("conflict");
    expect(disk.get("src/app.ts")).toContain("// mine");
    expect(baseOf(disk, "src/app.ts")).toBe(v2["src/app.ts"]);
  });

  it("a damaged manifest stops the run with a message naming it, before anything is decided", () => {
    const disk = generate(render(v1, writeOnce));
    disk.set(manifestPath, "{ not json");
    expect(() => planRegeneration({ rendered: render(v1), read: (path) => disk.get(path), generatorVersion: "2", onConflict: "markers" })).toThrow(
      /\.multiregion\/manifest\.json: not valid JSON/,
    );
    disk.set(manifestPath, JSON.stringify({ files: { "../outside.txt": { sha256: sha256("x") } } }));
    expect(() => planRegeneration({ rendered: render(v1), read: (path) => disk.get(path), generatorVersion: "2", onConflict: "markers" })).toThrow(
      /outside the project/,
    );
  });

  it("keeps CRLF and a missing final newline through an update of other lines", () => {
    const disk = generate(render(v1, writeOnce));
    const crlf = v1["src/app.ts"].replace(/\n/g, "\r\n").replace(/\r\n$/, "");
    disk.set("src/app.ts", crlf);
    const v2 = { ...v1, "src/app.ts": v1["src/app.ts"].replace("size = 2", "size = 3") };
    const plan = regenerate(disk, render(v2, writeOnce));
    expect(statusOf(plan, "src/app.ts")?.status).toBe("merged");
    expect(disk.get("src/app.ts")).toBe(v2["src/app.ts"].replace(/\n/g, "\r\n").replace(/\r\n$/, ""));
  });
});

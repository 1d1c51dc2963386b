import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatJournal, journalPath, pendingDir, projectReader, readJournal, setAsidePath, stagedPath, type Journal } from "../../src/regen/journal.js";
import { sha256 } from "../../src/regen/manifest.js";
import { clearJournal, commitChanges, discardUncommitted, finishJournal } from "../../src/regen/transaction.js";
import { tempDir, treeOf } from "../cli/run-cli.js";

function project(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const regeneration = { kind: "regeneration", keepJournal: false } as const;

describe("commitChanges", () => {
  it("writes, creates folders and removes as told, and leaves nothing of its own behind", () => {
    const root = project({ "a.txt": "old a\n", "gone.txt": "bye\n", ".multiregion/manifest.json": "{}\n" });
    commitChanges(root, [{ path: "a.txt", content: "new a\n" }, { path: "deep/er/b.txt", content: "b\n" }, { path: "gone.txt", remove: true }], regeneration);
    expect(treeOf(root)).toEqual({ "a.txt": "new a\n", "deep/er/b.txt": "b\n", ".multiregion/manifest.json": "{}\n" });
  });

  it("removes the folders its removals left empty (a module moved away), and only those", () => {
    const root = project({ "src/routing/route53.ts": "r\n", "src/routing/custom/notes.md": "mine\n", "src/storage/replication.ts": "x\n", "src/storage/bucket.ts": "b\n" });
    commitChanges(root, [
      { path: "src/routing/route53.ts", remove: true },
      { path: "src/routing/custom/notes.md", remove: true },
      { path: "src/storage/replication.ts", remove: true },
      { path: "src/traffic/route53/index.ts", content: "r\n" },
    ], regeneration);
    expect(existsSync(join(root, "src/routing"))).toBe(false);
    expect(treeOf(root)).toEqual({ "src/storage/bucket.ts": "b\n", "src/traffic/route53/index.ts": "r\n" });
  });

  it("keeps the journal when told to (a first commit is owed) until it is cleared", () => {
    const root = tempDir();
    commitChanges(root, [{ path: "a.txt", content: "a\n" }], { kind: "first-generation", keepJournal: true });
    expect(readJournal(root)).toMatchObject({ kind: "first-generation", files: [{ path: "a.txt", before: null }] });
    expect(Object.keys(treeOf(root)).sort()).toEqual([journalPath, "a.txt"]);
    clearJournal(root);
    expect(treeOf(root)).toEqual({ "a.txt": "a\n" });
  });

  it("refuses before writing anything when a file is in the way of a folder, naming the file and the reason", () => {
    const root = project({ "a.txt": "a\n", src: "a file where a folder should be\n" });
    const before = treeOf(root);
    expect(() => commitChanges(root, [{ path: "a.txt", content: "new\n" }, { path: "src/b.ts", content: "b\n" }], regeneration)).toThrow(
      /^cannot write src\/b\.ts: a file is in the way of a folder \(ENOTDIR\); nothing was changed$/,
    );
    expect(treeOf(root)).toEqual(before);
    expect(existsSync(join(root, ".multiregion"))).toBe(false);
  });

  it("puts back what it already moved when a later move fails", () => {
    // Passes the preflight (nothing is in the way yet), fails when the first change makes `x` a file.
    const root = project({ "keep.txt": "keep\n", "a.txt": "old\n" });
    const before = treeOf(root);
    expect(() =>
      commitChanges(root, [{ path: "a.txt", content: "new\n" }, { path: "gone.txt", remove: true }, { path: "x", content: "x\n" }, { path: "x/y.txt", content: "y\n" }], regeneration),
    ).toThrow(/^cannot write x\/y\.txt: .*\((EEXIST|ENOTDIR)\); nothing was changed$/);
    expect(treeOf(root)).toEqual(before);
    expect(existsSync(join(root, ".multiregion"))).toBe(false);
  });
});

/** The state a run killed after committing its journal leaves: `done` entries already moved in. */
function interrupted(files: Record<string, string>, changes: { path: string; content?: string }[], done: number): { root: string; journal: Journal } {
  const root = project(files);
  const journal: Journal = {
    id: "0123abcd",
    kind: "regeneration",
    files: changes.map((change) => ({ path: change.path, ...(change.content === undefined ? { remove: true as const } : {}), before: files[change.path] === undefined ? null : sha256(files[change.path]!) })),
  };
  mkdirSync(join(root, pendingDir), { recursive: true });
  writeFileSync(join(root, journalPath), formatJournal(journal));
  changes.forEach((change, index) => {
    const target = join(root, change.path);
    if (index >= done) {
      if (change.content !== undefined) writeFileSync(join(root, stagedPath(journal, index)), change.content);
      return;
    }
    // Moved in already: the earlier version set aside, the new one in place (or none, for a removal).
    if (files[change.path] !== undefined) writeFileSync(join(root, setAsidePath(journal, index)), files[change.path]!);
    rmSync(target, { force: true });
    if (change.content !== undefined) {
      mkdirSync(join(target, ".."), { recursive: true });
      writeFileSync(target, change.content);
    }
  });
  return { root, journal };
}

describe("an interrupted run", () => {
  const files = { "a.txt": "old a\n", "b.txt": "old b\n", "c.txt": "old c\n" };
  const changes = [{ path: "a.txt", content: "new a\n" }, { path: "b.txt" }, { path: "n/d.txt", content: "d\n" }];

  it("reads as finished before it is, and finishing it from any point gives the same project", () => {
    const finished = { "a.txt": "new a\n", "c.txt": "old c\n", "n/d.txt": "d\n" };
    for (let done = 0; done <= changes.length; done++) {
      const { root, journal } = interrupted(files, changes, done);
      const read = projectReader(root, readJournal(root));
      expect({ a: read("a.txt"), b: read("b.txt"), d: read("n/d.txt") }, `after ${done} moves`).toEqual({ a: "new a\n", b: undefined, d: "d\n" });
      finishJournal(root, journal, { keepJournal: false });
      expect(treeOf(root), `after ${done} moves`).toEqual(finished);
    }
  });

  it("is not finished over a file edited since it stopped: one line names it", () => {
    const { root, journal } = interrupted(files, changes, 0);
    writeFileSync(join(root, "a.txt"), "edited after the crash\n");
    expect(() => finishJournal(root, journal, { keepJournal: false })).toThrow(/^cannot finish the interrupted run: a\.txt changed after it stopped; allowed: /);
    expect(readFileSync(join(root, "a.txt"), "utf8")).toBe("edited after the crash\n");
  });

  it("staged without a journal changed nothing: discarded, the state folder with it when empty", () => {
    const root = project({ "a.txt": "a\n", [`${pendingDir}/abc-0.new`]: "half" });
    expect(projectReader(root, readJournal(root))("a.txt")).toBe("a\n");
    discardUncommitted(root);
    expect(treeOf(root)).toEqual({ "a.txt": "a\n" });
    expect(existsSync(join(root, ".multiregion"))).toBe(false);
  });

  it("a damaged journal is an error naming it", () => {
    const root = project({ [journalPath]: "{ half" });
    expect(() => readJournal(root)).toThrow(/^\.multiregion\/pending\/journal\.json: not valid JSON/);
  });
});

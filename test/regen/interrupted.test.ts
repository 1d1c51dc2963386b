import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { movedFiles } from "../../src/project/moves.js";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { crashAfterVariable, writeLogVariable } from "../../src/regen/write-points.js";
import { runCli, tempDir, treeOf } from "../cli/run-cli.js";
import { append, asGeneratedBeforeMove, edit, snapshot, upgradedTemplates } from "./project-fixture.js";

/**
 * Runs killed (SIGKILL, through the test hook in src/regen/write-points.ts) right after one of
 * their writes, then run again: the project must end exactly as after a run never interrupted.
 */

/** Two runs per write point, each a second or two on a loaded machine. */
const slow = 900_000;

const vpcComment = /^ {2}\/\*\* The region's VPC block[^\n]*$/m;

/** The bucket replication component, generated in src/storage/ before it moved to src/objects/shared/. */
const movedFrom = "src/storage/replication.ts";
const movedTo = "src/objects/shared/replication.ts";

/**
 * A generated project with the team's edits, and newer templates: a clean merge, a real conflict, and
 * an edited file that the templates moved since the project was generated.
 */
async function upgradeFixture(): Promise<{ dir: string; templates: string }> {
  const dir = join(tempDir(), "svc");
  // A lean project (no database): fewer files to copy and read, the same kinds of writes.
  const first = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--database", "none"]);
  expect(first.code, first.stderr).toBe(0);
  expect(movedFiles[movedFrom]).toBe(movedTo);
  asGeneratedBeforeMove(dir, movedFrom, movedTo, (text) => text.replace('from "../../storage/regional-bucket"', 'from "./regional-bucket"'));
  edit(dir, movedFrom, /description: "[^"]*"/, 'description: "Our replication role"');
  edit(dir, "src/network.ts", vpcComment, "  /** Our VPC block: always a /16 (ours). */");
  append(dir, "README.md", "\n## Our runbook\n\nPage the on-call first.\n");
  edit(dir, "Pulumi.dev.yaml", /svc:domain: .*/, "svc:domain: api.acme.io");
  writeFileSync(join(dir, "notes.md"), "our own file\n");
  const templates = upgradedTemplates({
    "src/network.ts": (text) => text.replace(vpcComment, "  /** The region's VPC block (upgraded wording). */"),
    "README.md": (text) => `<!-- upgraded README -->\n${text}`,
  });
  return { dir, templates };
}

function copyOf(fixture: string): string {
  const dir = join(tempDir(), "svc");
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** The write points of a run, as the hook logged them: "<n> <what>". */
const writePoints = (log: string) => readFileSync(log, "utf8").trim().split("\n").map((line) => line.replace(/^\d+ /, ""));

/** A folder nobody may write in, root included (root ignores permissions but not the immutable flag). */
function lock(dir: string, locked: boolean): void {
  if (process.getuid?.() === 0) execFileSync("chattr", [locked ? "+i" : "-i", dir]);
  else chmodSync(dir, locked ? 0o555 : 0o755);
  if (locked) expect(() => writeFileSync(join(dir, ".probe"), ""), `${dir} could not be made read-only`).toThrow();
}

describe("a regeneration interrupted at any write", () => {
  it("killed after any one of its writes and run again, it ends exactly as an uninterrupted run", async () => {
    const { dir: fixture, templates } = await upgradeFixture();
    const env = { [templatesOverrideVariable]: templates };
    // The upgrade, plus an answer change that drops two files and rewrites .yo-rc.json.
    const args = (dir: string) => [dir, "--skip-install", "--no-blue-green"];

    const reference = copyOf(fixture);
    const log = join(tempDir(), "writes.log");
    const uninterrupted = await runCli(args(reference), { env: { ...env, [writeLogVariable]: log } });
    expect(uninterrupted.code, uninterrupted.stderr).toBe(1);
    expect(uninterrupted.stderr).toMatch(/1 file in conflict: src\/network\.ts/);
    const expected = treeOf(reference);
    expect(expected["README.md"]).toMatch(/^<!-- upgraded README -->[\s\S]*## Our runbook/);
    expect(expected["Pulumi.dev.yaml"]).toContain("svc:domain: api.acme.io");
    expect(expected[movedTo]).toContain('description: "Our replication role"');
    expect(expected[movedFrom]).toBeUndefined();

    const points = writePoints(log);
    // Every kind of write is among them: project files, base copies, the manifest, .yo-rc.json, removals, the journal.
    expect(points).toEqual(
      expect.arrayContaining([
        "stage src/network.ts",
        "stage .multiregion/base/src/stack.ts.base",
        "stage .multiregion/manifest.json",
        "stage .yo-rc.json",
        "write the journal",
        "commit the journal",
        "set aside src/blue-green.ts",
        `stage ${movedTo}`,
        `move in ${movedTo}`,
        `set aside ${movedFrom}`,
        "set aside Pulumi.dev.yaml",
        "move in Pulumi.dev.yaml",
        "move in .multiregion/manifest.json",
        "clear the journal",
      ]),
    );
    const committed = points.indexOf("commit the journal");

    for (const [index, point] of points.entries()) {
      const dir = copyOf(fixture);
      const killed = await runCli(args(dir), { env: { ...env, [crashAfterVariable]: String(index + 1) } });
      expect(killed.signal, `not killed after "${point}"`).toBe("SIGKILL");
      const again = await runCli(args(dir), { env });
      expect(again.code, `killed after "${point}", run again: ${again.stderr}`).toBe(uninterrupted.code);
      expect(treeOf(dir), `killed after "${point}", then run again`).toEqual(expected);
      const finishes = index >= committed && index < points.length - 1;
      expect(again.stderr.includes("Finished the regeneration an earlier run left half done"), `killed after "${point}"`).toBe(finishes);
    }
  }, slow);

  it("a folder it cannot write in stops the run with one line naming the file and the reason, and changes nothing", async () => {
    const { dir, templates } = await upgradeFixture();
    const env = { [templatesOverrideVariable]: templates };
    const before = snapshot(dir);
    lock(join(dir, "src"), true);
    let result;
    try {
      result = await runCli([dir, "--skip-install", "--no-blue-green"], { env });
    } finally {
      lock(join(dir, "src"), false);
    }
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^create-multiregion: cannot (write|remove) src\/[\w./-]+: (permission denied \(EACCES\)|not permitted \(read-only or immutable\) \(EPERM\)); nothing was changed$/),
    ]);
    expect(snapshot(dir)).toEqual(before);

    // Writable again, the same run goes through.
    const again = await runCli([dir, "--skip-install", "--no-blue-green"], { env });
    expect(again.stderr).toMatch(/1 file in conflict: src\/network\.ts/);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(/^<!-- upgraded README -->/);
  });

  it("a read-only file is named and left as it was, with every other file", async () => {
    const { dir, templates } = await upgradeFixture();
    const before = snapshot(dir);
    lockFile(join(dir, "Pulumi.dev.yaml"), true);
    let result;
    try {
      result = await runCli([dir, "--skip-install", "--no-blue-green"], { env: { [templatesOverrideVariable]: templates } });
    } finally {
      lockFile(join(dir, "Pulumi.dev.yaml"), false);
    }
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^create-multiregion: cannot write Pulumi\.dev\.yaml: .*\((EACCES|EPERM)\); nothing was changed$/)]);
    expect(snapshot(dir)).toEqual(before);
  });
});

function lockFile(file: string, locked: boolean): void {
  if (process.getuid?.() === 0) execFileSync("chattr", [locked ? "+i" : "-i", file]);
  else chmodSync(file, locked ? 0o444 : 0o644);
}

describe("a first generation interrupted at a write", () => {
  it("is finished by the same command run again, first commit included, and calls itself a first generation", async () => {
    const args = (dir: string) => [dir, "--yes", "--skip-install"];
    const reference = join(tempDir(), "svc");
    const log = join(tempDir(), "writes.log");
    const uninterrupted = await runCli(args(reference), { env: { [writeLogVariable]: log } });
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    const expected = treeOf(reference);
    const points = writePoints(log);

    // Not all ~360 points (two runs each): one in every phase, and each boundary between phases.
    const staged = points.filter((point) => point.startsWith("stage ")).length;
    const moved = points.findIndex((point) => point.startsWith("move in "));
    const sample = [
      0,
      Math.floor(staged / 2),
      staged - 1,
      points.indexOf("write the journal"),
      points.indexOf("commit the journal"),
      moved,
      moved + Math.floor(staged / 2),
      points.indexOf("clear the staged files") - 1,
      points.indexOf("clear the staged files"),
      points.indexOf("the first commit"),
    ];
    expect(sample.every((index) => index >= 0)).toBe(true);
    expect(points.at(-1)).toBe("clear the journal");

    for (const index of sample) {
      const dir = join(tempDir(), "svc");
      const killed = await runCli(args(dir), { env: { [crashAfterVariable]: String(index + 1) } });
      expect(killed.signal, `not killed after "${points[index]}"`).toBe("SIGKILL");
      const again = await runCli(args(dir));
      expect(again.code, `killed after "${points[index]}", run again: ${again.stderr}`).toBe(0);
      expect(treeOf(dir), `killed after "${points[index]}", then run again`).toEqual(expected);
      const log = execFileSync("git", ["log", "--format=%s"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
      expect(log, `killed after "${points[index]}"`).toEqual([expect.stringMatching(/^Generate svc with generator-multiregion /)]);
      expect(execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" })).toBe("");
      expect(again.stdout).toMatch(/Next steps:/);
      expect(again.stdout + again.stderr).not.toMatch(/Regenerated with/);
    }
  }, slow);
});

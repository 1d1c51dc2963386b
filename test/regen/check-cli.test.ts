import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { crashAfterVariable, writeLogVariable } from "../../src/regen/write-points.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { append, edit, read, runApp, snapshot, upgradedTemplates } from "./project-fixture.js";

/** `create-multiregion . --check`: the drift check, through the real CLI run inside the project. */

async function project(): Promise<string> {
  const dir = join(tempDir(), "svc");
  const first = await runCli([dir, "--yes", "--skip-install", "--skip-git"]);
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

const check = (dir: string, env: Record<string, string> = {}, extra: string[] = []) => runCli([".", "--check", ...extra], { cwd: dir, env });
const vpcComment = /^ {2}\/\*\* The region's VPC block[^\n]*$/m;

describe("create-multiregion . --check", () => {
  it("in sync: exit 0 on a fresh project, and with edits of files whose template did not change; writes nothing", async () => {
    const dir = await project();
    const fresh = await check(dir);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stderr.trim()).toMatch(/^In sync: the \d+ generated files are what generator-multiregion [\d.]+ makes of \.yo-rc\.json/);

    append(dir, "README.md", "\n## Our runbook\n");
    edit(dir, "Pulumi.dev.yaml", /svc:domain: .*/, "svc:domain: api.acme.io");
    writeFileSync(join(dir, "notes.md"), "ours\n");
    const before = snapshot(dir);
    const edited = await check(dir);
    expect(edited.code, edited.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it("out of sync after a generator upgrade: exit 1, one line per file with the reason, nothing written; after regenerating, in sync", async () => {
    const dir = await project();
    append(dir, "README.md", "\n## Our runbook\n");
    edit(dir, "src/network.ts", vpcComment, "  /** Ours. */");
    const templates = upgradedTemplates({
      "README.md": (text) => `<!-- upgraded -->\n${text}`,
      "src/providers.ts": (text) => `// upgraded\n${text}`,
      "src/network.ts": (text) => text.replace(vpcComment, "  /** Upgraded. */"),
      "src/custom/index.ts": (text) => `// upgraded\n${text}`,
    });
    const env = { [templatesOverrideVariable]: templates };
    const before = snapshot(dir);
    const result = await check(dir, env);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      "  README.md: the template changed; a regeneration would merge it with your edits",
      expect.stringMatching(/^ {2}src\/network\.ts: in conflict: 1 conflicting section marked/),
      "  src/providers.ts: the template changed (you never edited it); a regeneration would update it",
      expect.stringMatching(/^create-multiregion: 3 files not in sync with generator-multiregion [\d.]+: run it without --check to regenerate, review the diff, commit$/),
    ]);
    expect(snapshot(dir)).toEqual(before);

    // Regenerated (the conflict resolved by keeping ours), the edits merged in count as in sync.
    await runCli([".", "--skip-install"], { cwd: dir, env });
    edit(dir, "src/network.ts", /<<<<<<< yours[^\n]*\n([^\n]*\n)=======\n[^\n]*\n>>>>>>> [^\n]*\n/, "$1");
    const after = await check(dir, env);
    expect(after.code, after.stderr).toBe(0);
    expect(read(dir, "README.md")).toMatch(/^<!-- upgraded -->[\s\S]*## Our runbook/);
  });

  it("answers changed in .yo-rc.json but not regenerated: out of sync, the files they change named", async () => {
    const dir = await project();
    const yoRc = JSON.parse(read(dir, ".yo-rc.json"));
    yoRc["generator-multiregion"].instanceType = "m7g.large";
    writeFileSync(join(dir, ".yo-rc.json"), `${JSON.stringify(yoRc, null, 2)}\n`);
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ {2}Pulumi\.dev\.yaml: the template changed \(you never edited it\); a regeneration would update it$/m);
  });

  it("a run killed before it committed to its changes left the project in sync; one killed after, out of sync until finished", async () => {
    const dir = await project();
    const log = join(tempDir(), "writes.log");
    const args = [".", "--skip-install", "--routing", "weighted"];
    const reference = await project();
    await runCli(args, { cwd: reference, env: { [writeLogVariable]: log } });
    const committed = readFileSync(log, "utf8").trim().split("\n").findIndex((line) => line.endsWith(" commit the journal")) + 1;
    expect(committed).toBeGreaterThan(1);

    const early = await runCli(args, { cwd: dir, env: { [crashAfterVariable]: String(committed - 1) } });
    expect(early.signal).toBe("SIGKILL");
    expect((await check(dir)).code).toBe(0);

    const late = await runCli(args, { cwd: dir, env: { [crashAfterVariable]: String(committed) } });
    expect(late.signal).toBe("SIGKILL");
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ {2}\.multiregion\/pending: an interrupted run was never finished; a run finishes it$/m);
  });

  it.each([
    ["with an answer flag", ["--routing", "weighted"], /^create-multiregion: --check with --routing: --check compares the project with the answers in \.yo-rc\.json; allowed: --check without answer flags$/],
    ["with --reconfigure", ["--reconfigure"], /^create-multiregion: --check with --reconfigure: .*allowed: --check without answer flags$/],
  ])("refuses %s in one line, writing nothing", async (_what, extra, message) => {
    const dir = await project();
    const before = snapshot(dir);
    const result = await check(dir, {}, extra);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(message)]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a folder that is not a generated project in one line, writing nothing", async () => {
    const dir = tempDir();
    const result = await runCli([dir, "--check"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^create-multiregion: --check: .* is not a project generated by generator-multiregion \(no \.yo-rc\.json\); allowed: run --check inside one$/),
    ]);
  });
});

describe("yo multiregion --check", () => {
  it("passes on a fresh project and fails on an out-of-date one", async () => {
    const dir = await project();
    await runApp(dir, { check: true });
    const templates = upgradedTemplates({ "src/providers.ts": (text) => `// upgraded\n${text}` });
    await expect(runApp(dir, { check: true }, templates)).rejects.toThrow(/^1 file not in sync with generator-multiregion/);
  });
});

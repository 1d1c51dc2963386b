import { appendFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { upgradedTemplates } from "../regen/project-fixture.js";
import { runCli, tempDir } from "./run-cli.js";

const lines = (text: string) => text.trimEnd().split("\n");

describe("what a scaffold prints", () => {
  it("on stdout: what was created, the summary, and next steps from cd <dir>; no line per file", async () => {
    const work = tempDir();
    const result = await runCli(["payments", "--yes", "--skip-install"], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    const out = lines(result.stdout);
    expect(out.length).toBeLessThan(30);
    expect(out[0]).toMatch(/^Created payments in payments: \d+ files \(src\/ \d+, .*\), and the regeneration base in \.multiregion\/ \(commit it with the rest\)\.$/);
    expect(out).toContain("git: a new repository on branch main, with everything in a first commit");
    expect(out).toContain("payments: 2 regions");
    const steps = out.slice(out.indexOf("Next steps:") + 1).map((line) => line.trim());
    expect(steps.slice(0, 3)).toEqual(["cd payments", "npm install", expect.stringMatching(/^npm test +# checks/)]);
    expect(result.stdout).not.toMatch(/^\s*(create|force)\s/m);
    expect(result.stdout).not.toContain(".multiregion/base");
  });

  it("--verbose adds a line per file written", async () => {
    const result = await runCli([join(tempDir(), "payments"), "--yes", "--skip-install", "--skip-git", "--verbose"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ {2}src\/network\.ts$/m);
    expect(result.stdout).toMatch(/^ {2}\.yo-rc\.json$/m);
    const quiet = await runCli([join(tempDir(), "payments"), "--yes", "--skip-install", "--skip-git"]);
    expect(quiet.stdout).not.toMatch(/^ {2}src\/network\.ts$/m);
  });

  it("--dry-run on a new folder: what it would create and the summary; no diffs, no regeneration, nothing written", async () => {
    const target = join(tempDir(), "preview");
    const result = await runCli([target, "--yes", "--dry-run"]);
    expect(result.code, result.stderr).toBe(0);
    const out = lines(result.stdout);
    expect(out.length).toBeLessThan(30);
    expect(out[0]).toMatch(/^Dry run: would create preview in \S*preview: \d+ files .*; nothing was written\.$/);
    expect(result.stdout + result.stderr).not.toMatch(/Regenerated with|a regeneration would|Dry run with/);
    expect(result.stdout).not.toMatch(/^(---|\+\+\+) /m);
    expect(existsSync(target)).toBe(false);
    const verbose = await runCli([target, "--yes", "--dry-run", "--verbose"]);
    expect(verbose.stdout).toMatch(/^ {2}src\/network\.ts$/m);
  });

  it("conflicts left are reported as such, with no 'An error occured' line", async () => {
    const dir = join(tempDir(), "svc");
    expect((await runCli([dir, "--yes", "--skip-install"])).code).toBe(0);
    appendFileSync(join(dir, "src/network.ts"), "// ours\n");
    const templates = upgradedTemplates({ "src/network.ts": (text) => `${text}// upgraded\n` });
    const result = await runCli([dir, "--skip-install"], { env: { [templatesOverrideVariable]: templates } });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/error occured/i);
    expect(lines(result.stderr).at(-1)).toMatch(/^create-multiregion: 1 file in conflict: src\/network\.ts; resolve the <<<<<<< markers/);
  });
});

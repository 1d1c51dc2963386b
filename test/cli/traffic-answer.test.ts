import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { append, edit, read, snapshot } from "../regen/project-fixture.js";
import { runCli, tempDir } from "./run-cli.js";
import { runYo } from "./run-yo.js";

const stored = (dir: string) => (JSON.parse(read(dir, ".yo-rc.json")) as Record<string, Record<string, unknown>>)["generator-multiregion"]!;
const git = (dir: string, ...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });

/** .yo-rc.json as generator-multiregion 0.1.0 wrote it, with the answer under its old name "dns". */
const releaseYoRc = new URL("../regen/fixtures/release-0.1.0.yo-rc.json", import.meta.url);
/** The answers that file holds, as flags of today. */
const releaseAnswers = ["--traffic", "cloudflare", "--routing", "geolocation", "--database", "none", "--object-replication", "one-way"];

describe("the answer traffic, formerly dns", () => {
  it("--traffic is stored as traffic and summed up on a line of its own", async () => {
    const dir = join(tempDir(), "svc");
    const result = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--traffic", "cloudflare"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^ {2}traffic {5}cloudflare, svc\.example\.com$/m);
    expect(stored(dir)).toMatchObject({ traffic: "cloudflare" });
    expect(stored(dir)).not.toHaveProperty("dns");
  });

  it("--dns still works, with one deprecation line on stderr, under create-multiregion and yo", async () => {
    const dir = join(tempDir(), "svc");
    const result = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--dns", "cloudflare"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("warning: --dns is deprecated: use --traffic\n");
    expect(stored(dir)).toMatchObject({ traffic: "cloudflare" });
    expect(stored(dir)).not.toHaveProperty("dns");

    const yoDir = join(tempDir(), "svc");
    mkdirSync(yoDir);
    const yo = await runYo(["multiregion", "--yes", "--skip-install", "--skip-git", "--dns", "cloudflare"], { cwd: yoDir });
    expect(yo.code, yo.stderr).toBe(0);
    expect(yo.stderr).toContain("warning: --dns is deprecated: use --traffic\n");
    expect(stored(yoDir)).toMatchObject({ traffic: "cloudflare" });
  });

  it("--dns and --traffic with different values are one error line, and nothing is written", async () => {
    const work = tempDir();
    const result = await runCli(["svc", "--yes", "--dns", "cloudflare", "--traffic", "route53"], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'create-multiregion: --dns "cloudflare" and --traffic "route53" disagree: --dns is the deprecated spelling of --traffic; allowed: --traffic alone\n',
    );
    expect(existsSync(join(work, "svc"))).toBe(false);
    // A bad value names the flag it came with.
    const bad = await runCli(["svc", "--yes", "--dns", "bind9"], { cwd: work });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('warning: --dns is deprecated: use --traffic\ncreate-multiregion: traffic "bind9" (from --dns): unknown value; allowed: route53, cloudflare, global-accelerator (routing latency, weighted, failover; regions Global Accelerator serves)\n');
    expect(existsSync(join(work, "svc"))).toBe(false);
    // The same value twice is no disagreement.
    const same = await runCli(["svc", "--yes", "--skip-install", "--skip-git", "--dns", "route53", "--traffic", "route53"], { cwd: work });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toBe("warning: --dns is deprecated: use --traffic\n");
  });

  it("an --answers file keyed dns works with a warning; dns and traffic disagreeing there is one error line", async () => {
    const work = tempDir();
    writeFileSync(join(work, "old.json"), JSON.stringify({ dns: "cloudflare", routing: "weighted" }));
    const result = await runCli(["svc", "--yes", "--skip-install", "--skip-git", "--answers", "old.json"], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('warning: old.json: "dns" is deprecated: use "traffic"\n');
    expect(stored(join(work, "svc"))).toMatchObject({ traffic: "cloudflare", routing: "weighted" });

    writeFileSync(join(work, "both.json"), JSON.stringify({ dns: "cloudflare", traffic: "route53" }));
    const both = await runCli(["other", "--yes", "--answers", "both.json"], { cwd: work });
    expect(both.code).toBe(1);
    expect(both.stderr).toBe(
      'create-multiregion: both.json: "dns" "cloudflare" and "traffic" "route53" disagree: "dns" is the deprecated spelling of "traffic"; allowed: "traffic" alone\n',
    );
    expect(existsSync(join(work, "other"))).toBe(false);
  });

  it("regenerating a project written by the release that stored dns keeps every edit and moves the answer to traffic", async () => {
    const dir = join(tempDir(), "svc");
    // That release rendered exactly these files from these answers; only its .yo-rc.json differs.
    const first = await runCli([dir, "--yes", "--skip-install", ...releaseAnswers]);
    expect(first.code, first.stderr).toBe(0);
    copyFileSync(releaseYoRc, join(dir, ".yo-rc.json"));
    git(dir, "commit", "--quiet", "--all", "--amend", "--no-edit");
    expect(stored(dir)).toMatchObject({ dns: "cloudflare" });

    // The team's edits, in several files, committed.
    append(dir, "README.md", "\n## Our runbook\n\nPage the on-call first.\n");
    append(dir, "Pulumi.dev.yaml", "  svc:teamOwner: payments # ours\n");
    edit(dir, "src/network.ts", /^(import[^\n]*\n)/, "$1// ours: reviewed\n");
    writeFileSync(join(dir, "src/custom/index.ts"), "// ours: all custom\nexport {};\n");
    writeFileSync(join(dir, "notes.md"), "our own file\n");
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "-m", "ours");
    const before = snapshot(dir);

    const regen = await runCli([dir, "--skip-install"]);
    expect(regen.code, regen.stderr).toBe(0);
    expect(regen.stderr.split("\n").filter((line) => line.includes('"dns"'))).toEqual(['.yo-rc.json: the answer "dns" is now "traffic"; stored under the new name']);
    expect(regen.stderr).toMatch(/^ {2}traffic {5}cloudflare, svc\.example\.com$/m);

    // Every file but .yo-rc.json is as the team left it; .yo-rc.json moved the answer and nothing else.
    const after = snapshot(dir);
    const changed = Object.keys({ ...before, ...after }).filter((path) => before[path] !== after[path]);
    expect(changed).toEqual([".yo-rc.json"]);
    const old = JSON.parse(readFileSync(releaseYoRc, "utf8"))["generator-multiregion"] as Record<string, unknown>;
    const { dns, ...rest } = old;
    expect(stored(dir)).toEqual({ ...rest, traffic: dns });
    expect(Object.keys(stored(dir))).toEqual(Object.keys(old).map((key) => (key === "dns" ? "traffic" : key)));

    // Migrated once: the next run has nothing to say about it, and --check finds the project in sync.
    const again = await runCli([dir, "--skip-install"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('"dns"');
    const check = await runCli([dir, "--check"]);
    expect(check.code, check.stderr).toBe(0);
  });
});

describe("the region generator hands the app typed answers and run options", () => {
  it("forwards --dry-run and --on-conflict; a bad --on-conflict is the same one line as with the app", async () => {
    const dir = join(tempDir(), "svc");
    mkdirSync(dir);
    const first = await runYo(["multiregion", "--yes", "--skip-install", "--skip-git"], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const before = snapshot(dir);

    const dry = await runYo(["multiregion:region", "add", "eu-central-1", "--dry-run", "--on-conflict", "new-file"], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("eu-central-1");
    expect(snapshot(dir)).toEqual(before);

    const bad = await runYo(["multiregion:region", "add", "eu-central-1", "--on-conflict", "sometimes"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--on-conflict "sometimes": unknown value; allowed: markers, new-file');
    expect(snapshot(dir)).toEqual(before);

    const added = await runYo(["multiregion:region", "add", "eu-central-1", "--skip-install"], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
    expect(stored(dir)).toMatchObject({ regions: ["us-east-1", "eu-west-1", "eu-central-1"] });
  });
});

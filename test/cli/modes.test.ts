import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerNames } from "../../src/answers/spec.js";
import { flagName } from "../../src/answers/flags.js";
import { runCli, tempDir, treeOf, wrapperBin } from "./run-cli.js";
import { runYo } from "./run-yo.js";

describe("create-multiregion without a terminal", () => {
  it("--yes writes the project, summarizes it and starts a git repository with one commit", async () => {
    const target = join(tempDir(), "payments");
    const result = await runCli([target, "--yes", "--skip-install"]);
    expect(result.code).toBe(0);
    const files = Object.keys(treeOf(target));
    expect(files).toEqual(expect.arrayContaining(["Pulumi.yaml", "Pulumi.dev.yaml", "package.json", "index.ts", "src/config.ts", ".yo-rc.json"]));
    expect(result.stdout).toMatch(/payments: 2 regions/);
    expect(result.stdout).toMatch(/us-east-1 \(US East, N\. Virginia\)\s+10\.0\.0\.0\/16\s+primary/);
    expect(result.stdout).toMatch(/eu-west-1 \(Europe, Ireland\)\s+10\.1\.0\.0\/16\s+secondary/);
    expect(result.stdout).toMatch(/warning: domain is the placeholder payments\.example\.com/);
    expect(result.stdout).toMatch(/Next steps:[\s\S]*npm install[\s\S]*pulumi config set --secret dbPassword/);
    const log = execFileSync("git", ["log", "--format=%s"], { cwd: target, encoding: "utf8" }).trim().split("\n");
    // The generated CI deploys from main.
    expect(execFileSync("git", ["branch", "--show-current"], { cwd: target, encoding: "utf8" }).trim()).toBe("main");
    expect(log).toEqual([expect.stringMatching(/^Generate payments with generator-multiregion \d+\.\d+\.\d+/)]);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: target, encoding: "utf8" })).toBe("");
  });

  it("leaves git alone inside an existing repository and with --skip-git", async () => {
    const outer = tempDir();
    execFileSync("git", ["init", "--quiet"], { cwd: outer });
    const inside = await runCli([join(outer, "svc"), "--yes", "--skip-install"]);
    expect(inside.code).toBe(0);
    expect(spawnSync("git", ["log"], { cwd: outer }).status).not.toBe(0);
    const skipped = join(tempDir(), "svc");
    expect((await runCli([skipped, "--yes", "--skip-install", "--skip-git"])).code).toBe(0);
    expect(Object.keys(treeOf(skipped))).toContain("package.json");
    expect(spawnSync("git", ["rev-parse", "--git-dir"], { cwd: skipped }).status).not.toBe(0);
  });

  it("takes every answer from an answers file, with flags winning", async () => {
    const work = tempDir();
    writeFileSync(join(work, "answers.json"), JSON.stringify({
      name: "ledger", regions: ["eu-west-1", "eu-central-1", "us-east-1"], primaryRegion: "eu-central-1", routing: "failover",
      weights: {}, traffic: "cloudflare", domain: "ledger.acme.io", database: "cockroachdb", writeForwarding: false,
      objectReplication: "one-way", blueGreen: false, alertEmail: "", instanceType: "t3.small", minSize: 2, maxSize: 4,
      desiredCapacity: 2, natGateways: "single", stack: "staging",
    }));
    const target = join(work, "ledger");
    const result = await runCli([target, "--answers", "answers.json", "--nat-gateways", "per-az", "--skip-install", "--skip-git"], { cwd: work });
    expect(result.code).toBe(0);
    const tree = treeOf(target);
    expect(tree["Pulumi.staging.yaml"]).toMatch(/ledger:primaryRegion: eu-central-1/);
    expect(tree["Pulumi.staging.yaml"]).toMatch(/ledger:natGateways: per-az/);
    expect(JSON.parse(tree[".yo-rc.json"]!)["generator-multiregion"]).toMatchObject({ database: "cockroachdb", natGateways: "per-az" });
  });

  it("--dry-run for a new folder prints what it would write and leaves no folder behind", async () => {
    const target = join(tempDir(), "preview");
    const result = await runCli([target, "--yes", "--dry-run"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Dry run: would create preview in \S+: \d+ files/);
    expect(existsSync(target)).toBe(false);
  });

  it("names the project after its folder", async () => {
    const target = join(tempDir(), "billing-api");
    expect((await runCli([target, "--yes", "--skip-install", "--skip-git"])).code).toBe(0);
    expect(JSON.parse(treeOf(target)["package.json"]!).name).toBe("billing-api");
  });

  it.each([
    ["sérvice", "service"],
    ["1svc", "svc"],
    ["Billing API", "billing-api"],
  ])("refuses the folder name %j, which is not a project name, with the rule and a suggestion", async (folder, suggestion) => {
    const work = tempDir();
    const target = join(work, folder);
    const result = await runCli([target, "--yes", "--skip-install", "--skip-git"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `create-multiregion: name ${JSON.stringify(folder)} (from the folder's name): is not a valid project name; ` +
        `allowed: 2-40 characters: lower-case letters, digits and hyphens, starting with a letter; for example --name ${suggestion}\n`,
    );
    expect(existsSync(target)).toBe(false);
    const named = await runCli([target, "--yes", "--skip-install", "--skip-git", "--name", suggestion]);
    expect(named.code, named.stderr).toBe(0);
    expect(JSON.parse(treeOf(target)["package.json"]!).name).toBe(suggestion);
  });
});

describe("where create-multiregion runs", () => {
  it("inside a generated project's subfolder, names the project's root and writes nothing", async () => {
    const project = join(tempDir(), "svc");
    expect((await runCli([project, "--yes", "--skip-install", "--skip-git"])).code).toBe(0);
    mkdirSync(join(project, "empty"));
    const before = treeOf(project);
    const refused = (dir: string) => `create-multiregion: ${dir} is inside the project generated at ${project}; allowed: run it in ${project} to regenerate that project, or in a folder outside it\n`;

    const inSrc = await runCli(["."], { cwd: join(project, "src") });
    expect(inSrc).toMatchObject({ code: 1, stderr: refused(join(project, "src")) });
    const inEmpty = await runCli([join(project, "empty"), "--yes"]);
    expect(inEmpty).toMatchObject({ code: 1, stderr: refused(join(project, "empty")) });
    const inNew = await runCli([join(project, "src", "nested"), "--yes"]);
    expect(inNew).toMatchObject({ code: 1, stderr: refused(join(project, "src", "nested")) });
    expect(treeOf(project)).toEqual(before);
    expect(readdirSync(join(project, "empty"))).toEqual([]);
    expect(existsSync(join(project, "src", "nested"))).toBe(false);
  });

  it("refuses a file as the target folder, or a folder under a file, with one line", async () => {
    const work = tempDir();
    const file = join(work, "notes.txt");
    writeFileSync(file, "mine\n");
    const onFile = await runCli([file, "--yes"]);
    expect(onFile).toMatchObject({ code: 1, stdout: "", stderr: `create-multiregion: ${file}: is a file; allowed: a folder (a new or empty one, or a generated project)\n` });
    const underFile = await runCli([join(file, "svc"), "--yes"]);
    expect(underFile).toMatchObject({ code: 1, stdout: "", stderr: `create-multiregion: ${join(file, "svc")}: cannot be created (ENOTDIR); allowed: a folder path you can write to\n` });
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });
});

describe("create-multiregion --help", () => {
  it("lists every flag with its allowed values and default, without loading the generator", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const name of answerNames) expect(result.stdout).toContain(`--${flagName(name)}`);
    expect(result.stdout).toMatch(/--regions <value>\s+AWS regions to run in, comma-separated\s+allowed: 2 to 11[^\n]*\s+default: us-east-1,eu-west-1/);
    expect(result.stdout).toMatch(/-y, --yes/);
    expect(result.stdout).toMatch(/Usage: create-multiregion \[dir\] \[options\]/);
  });
});

describe("create-multiregion --version", () => {
  it("prints the package's version and writes nothing", async () => {
    const work = tempDir();
    const result = await runCli(["--version"], { cwd: work });
    const { version } = JSON.parse(readFileSync("packages/create-multiregion/package.json", "utf8")) as { version: string };
    expect(result).toMatchObject({ code: 0, stdout: `create-multiregion ${version}\n`, stderr: "" });
    expect(readdirSync(work)).toEqual([]);
  });
});

describe("Node version guard", () => {
  it("refuses an older Node with one clear line before loading anything", () => {
    const pretend = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.19.0"})';
    const result = spawnSync(process.execPath, ["--import", pretend, wrapperBin, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "create-multiregion: Node.js 20.19.0 is not supported; allowed: ^22.18.0 || >=24.11.0 (Node 24 LTS recommended)",
    );
  });
});

describe("the generators' Node version guard (yo multiregion)", () => {
  it.each([["multiregion"], ["multiregion:region"]])("%s on an older Node: one line, before loading Yeoman, nothing written", async (namespace) => {
    const dir = join(tempDir(), "svc");
    mkdirSync(dir);
    const result = await runYo([namespace, "--yes"], { cwd: dir, nodeVersion: "20.19.0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("generator-multiregion: Node.js 20.19.0 is not supported; allowed: ^22.18.0 || >=24.11.0 (Node 24 LTS recommended)");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("yo multiregion with a value missing", () => {
  it("--routing --yes: names the answer and says the value is missing", async () => {
    const dir = join(tempDir(), "svc");
    mkdirSync(dir);
    const result = await runYo(["multiregion", "--routing", "--yes", "--skip-install"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('routing "" (from --routing): no value given; allowed: latency, geolocation, weighted, failover');
    expect(readdirSync(dir)).toEqual([]);
  });
});

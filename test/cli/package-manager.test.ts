import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir, treeOf } from "./run-cli.js";

/**
 * A stand-in for a package manager on PATH (pnpm, yarn and bun are not installed here): it records
 * how it was called and writes the lockfile its real namesake would.
 */
function fakePackageManager(name: string, lockfile: string): { path: string; calls: () => string[] } {
  const bin = join(tempDir("fake-pm-"), "bin");
  mkdirSync(bin);
  const log = join(bin, "calls.log");
  writeFileSync(join(bin, name), `#!/bin/sh\necho "$PWD: ${name} $*" >> '${log}'\n[ "$1" = install ] && echo "lockfileVersion: 1" > ${lockfile}\nexit 0\n`);
  chmodSync(join(bin, name), 0o755);
  return { path: `${bin}:${process.env.PATH}`, calls: () => readFileSync(log, "utf8").trim().split("\n") };
}

describe("the package manager that runs create-multiregion carries through the project", () => {
  it.each([
    ["pnpm", "pnpm/10.2.0 npm/? node/v24.11.0 linux x64", "pnpm-lock.yaml", "pnpm test", "- uses: pnpm/action-setup@v4", "pnpm --silent run cost --stack dev > cost.txt"],
    ["yarn", "yarn/4.6.0 npm/? node/v24.11.0 linux x64", "yarn.lock", "yarn test", undefined, "yarn run cost --stack dev > cost.txt"],
    ["bun", "bun/1.2.2 npm/? node/v24.11.0 linux x64", "bun.lock", "bun run test", "- uses: oven-sh/setup-bun@v2", "bun run --silent cost --stack dev > cost.txt"],
  ])("%s: install, lockfile in the first commit, next steps, Pulumi.yaml and CI", async (manager, agent, lockfile, test, setup, cost) => {
    const fake = fakePackageManager(manager, lockfile);
    const work = tempDir();
    const result = await runCli(["svc", "--yes"], { cwd: work, env: { npm_config_user_agent: agent, PATH: fake.path } });
    expect(result.code, result.stderr).toBe(0);
    const dir = join(work, "svc");
    expect(fake.calls()).toEqual([`${dir}: ${manager} install`]);
    expect(result.stdout).toContain(`Installing dependencies: ${manager} install`);
    const steps = result.stdout.slice(result.stdout.indexOf("Next steps:")).split("\n").slice(1, 3).map((line) => line.trim());
    expect(steps).toEqual(["cd svc", expect.stringMatching(new RegExp(`^${test} +# checks`))]);
    const tree = treeOf(dir);
    expect(tree["Pulumi.yaml"]).toMatch(new RegExp(`^ {4}packagemanager: ${manager}$`, "m"));
    const ci = tree[".github/workflows/ci.yml"]!;
    expect(ci.match(new RegExp(`^ {6}- run: ${manager} install$`, "gm"))).toHaveLength(3);
    expect(ci).toContain(`      - run: ${test}\n`);
    expect(ci).toContain(cost);
    expect(ci).not.toMatch(/(^|[^p])npm (ci|install|test|run)/m);
    if (setup) expect(ci.split(setup)).toHaveLength(4);
    expect(JSON.parse(tree[".yo-rc.json"]!)["generator-multiregion"].packageManager).toBe(manager);
    expect(execFileSync("git", ["ls-files", lockfile], { cwd: dir, encoding: "utf8" }).trim()).toBe(lockfile);

    // A later run through npm keeps the project's package manager.
    const again = await runCli([".", "--skip-install"], { cwd: dir, env: { npm_config_user_agent: "npm/11.6.0 node/v24.11.0 linux x64" } });
    expect(again.code, again.stderr).toBe(0);
    expect(treeOf(dir)["Pulumi.yaml"]).toMatch(new RegExp(`packagemanager: ${manager}$`, "m"));
  });

  it("npm when nothing says otherwise, as before", async () => {
    const dir = join(tempDir(), "svc");
    const result = await runCli([dir, "--yes", "--skip-install", "--skip-git"], { env: { npm_config_user_agent: "" } });
    expect(result.code, result.stderr).toBe(0);
    const tree = treeOf(dir);
    expect(tree["Pulumi.yaml"]).toMatch(/^ {4}packagemanager: npm$/m);
    expect(tree[".github/workflows/ci.yml"]).toContain("      - run: if [ -f package-lock.json ]; then npm ci; else npm install; fi\n");
    expect(tree[".github/workflows/ci.yml"]).toContain("npm run --silent cost -- --stack dev > cost.txt");
    expect(result.stdout).toMatch(/^ {2}npm install$/m);
  });

  it("--package-manager chooses one; an unknown one is refused with one line", async () => {
    const dir = join(tempDir(), "svc");
    const result = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--package-manager", "pnpm"], { env: { npm_config_user_agent: "" } });
    expect(result.code, result.stderr).toBe(0);
    expect(treeOf(dir)["Pulumi.yaml"]).toMatch(/packagemanager: pnpm$/m);
    const bad = await runCli([join(tempDir(), "svc"), "--yes", "--package-manager", "deno"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('create-multiregion: packageManager "deno" (from --package-manager): unknown value; allowed: npm, pnpm, yarn, bun\n');
  });
});

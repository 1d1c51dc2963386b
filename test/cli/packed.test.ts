import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tarballOf } from "../support/packages.js";
import { tempDir, treeOf } from "./run-cli.js";

/**
 * The package `npm create multiregion` downloads, as published: packed, installed into a folder with
 * no node_modules above it, run by its bin. In the repository the bundle could still find a module
 * it failed to bundle in the root node_modules; here it cannot.
 */
const packageDir = resolve("packages/create-multiregion");
let installed: string;
let bin: string;

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("the packed create-multiregion", () => {
  beforeAll(async () => {
    const work = tempDir("multiregion-packed-");
    const packed = await tarballOf(packageDir, work);
    installed = join(work, "prefix");
    execFileSync("npm", ["install", "--prefix", installed, "--offline", "--no-audit", "--no-fund", packed], { cwd: work, stdio: "ignore" });
    bin = join(installed, "node_modules/create-multiregion/bin/create-multiregion.js");
  });

  it("declares no dependencies, so installing it brings nothing else", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "node_modules/create-multiregion/package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(join(installed, "node_modules")).filter((entry) => !entry.startsWith("."))).toEqual(["create-multiregion"]);
    expect(readFileSync(join(installed, "node_modules/create-multiregion/dist/THIRD-PARTY-LICENSES.md"), "utf8")).toMatch(/^## yeoman-environment /m);
  });

  it("writes a project with --yes, then regenerates it keeping an edit", () => {
    const target = join(tempDir(), "svc");
    const first = run([target, "--yes", "--skip-install"], installed);
    expect(first.status, first.stderr).toBe(0);
    expect(Object.keys(treeOf(target))).toEqual(expect.arrayContaining(["package.json", "Pulumi.dev.yaml", "src/network.ts", ".yo-rc.json"]));

    appendFileSync(join(target, "src/network.ts"), "// ours\n");
    const again = run(["."], target);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(target, "src/network.ts"), "utf8")).toMatch(/\/\/ ours\n$/);
  });

  it("prints its help and rejects an unknown option with one line", () => {
    expect(run(["--help"], installed).stdout).toMatch(/^Usage: create-multiregion \[dir\] \[options\]/);
    const bad = run([join(tempDir(), "x"), "--nope"], installed);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("create-multiregion: unknown option --nope; allowed: the options listed by --help");
  });
});

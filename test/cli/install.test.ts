import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { edit, upgradedTemplates } from "../regen/project-fixture.js";
import { runCli, tempDir } from "./run-cli.js";

/** An `npm` first on PATH that only records where and how it was run. */
function fakeNpm(): { env: Record<string, string>; calls: () => string[] } {
  const bin = join(tempDir(), "bin");
  const log = join(bin, "..", "npm.log");
  mkdirSync(bin);
  writeFileSync(join(bin, "npm"), `#!/bin/sh\necho "$PWD $*" >> "${log}"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  return {
    env: { PATH: `${bin}:${process.env.PATH}`, npm_config_user_agent: "npm/11.0.0 node/v24.0.0" },
    calls: () => (existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : []),
  };
}

describe("installing the generated project's dependencies", () => {
  it("runs npm install after writing package.json, again when a regeneration changes it, not when it does not or leaves it in conflict", async () => {
    const npm = fakeNpm();
    const dir = join(tempDir(), "svc");
    expect((await runCli([dir, "--yes", "--skip-git"], { env: npm.env })).code).toBe(0);
    expect(npm.calls()).toEqual([`${dir} install`]);

    expect((await runCli([dir, "--routing", "weighted"], { env: npm.env })).code).toBe(0);
    expect(npm.calls()).toHaveLength(1);

    const bump = upgradedTemplates({ "package.json": (text) => text.replace(/"@pulumi\/aws": "[^"]+"/, '"@pulumi/aws": "^7.60.0"') });
    expect((await runCli([dir], { env: { ...npm.env, [templatesOverrideVariable]: bump } })).code).toBe(0);
    expect(npm.calls()).toEqual([`${dir} install`, `${dir} install`]);

    edit(dir, "package.json", /"@pulumi\/aws": "[^"]+"/, '"@pulumi/aws": "^7.61.0"');
    const conflicting = upgradedTemplates({ "package.json": (text) => text.replace(/"@pulumi\/aws": "[^"]+"/, '"@pulumi/aws": "^7.70.0"') });
    expect((await runCli([dir], { env: { ...npm.env, [templatesOverrideVariable]: conflicting } })).code).toBe(1);
    expect(npm.calls()).toHaveLength(2);
  });
});

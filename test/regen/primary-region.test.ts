import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli, tempDir } from "../cli/run-cli.js";
import { read, snapshot } from "./project-fixture.js";

async function project(database: string, regions = "us-east-1,eu-west-1,ap-southeast-2"): Promise<string> {
  const dir = join(tempDir(), "svc");
  const first = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--database", database, "--regions", regions]);
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

const primaryOf = (dir: string) => (parse(read(dir, "Pulumi.dev.yaml")).config as Record<string, unknown>)["svc:primaryRegion"];

describe("changing the primary region of a generated project", () => {
  it("Aurora: refused in one line that says what would be replaced and which runbook to follow; nothing written", async () => {
    const dir = await project("aurora-global");
    const before = snapshot(dir);
    const result = await runCli([dir, "--primary-region", "eu-west-1", "--skip-install"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      'create-multiregion: primaryRegion "eu-west-1" (from --primary-region): moving the Aurora writer from us-east-1 replaces every Aurora cluster and deletes their data; ' +
        'allowed: keep us-east-1 and move the writer with a planned switchover (README.md, "Aurora switchover and failover"), or --replace-aurora to replace the clusters anyway',
    ]);
    expect(snapshot(dir)).toEqual(before);
    // The runbook the line names exists in the project's README.
    expect(read(dir, "README.md")).toMatch(/^## Aurora switchover and failover$/m);
  });

  it("Aurora with --replace-aurora: done", async () => {
    const dir = await project("aurora-global");
    const result = await runCli([dir, "--primary-region", "eu-west-1", "--replace-aurora", "--skip-install"]);
    expect(result.code, result.stderr).toBe(0);
    expect(primaryOf(dir)).toBe("eu-west-1");
  });

  it("without Aurora there are no clusters to replace: done without the flag", async () => {
    for (const database of ["none", "cockroachdb"]) {
      const dir = await project(database);
      const result = await runCli([dir, "--primary-region", "eu-west-1", "--skip-install"]);
      expect(result.code, `${database}: ${result.stderr}`).toBe(0);
      expect(primaryOf(dir)).toBe("eu-west-1");
    }
  });

  it("Aurora, other answers changed and the primary kept: no refusal", async () => {
    const dir = await project("aurora-global");
    const result = await runCli([dir, "--regions", "eu-west-1,us-east-1,ap-southeast-2", "--routing", "failover", "--skip-install"]);
    expect(result.code, result.stderr).toBe(0);
    expect(primaryOf(dir)).toBe("us-east-1");
  });
});

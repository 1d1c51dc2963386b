import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runOnTerminal } from "./on-terminal.js";
import { runCli, tempDir, treeOf } from "./run-cli.js";

describe("create-multiregion on a terminal", { timeout: 120_000 }, () => {
  it("asks every relevant question and takes Enter as the default", async () => {
    const target = join(tempDir(), "shop");
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"]);
    expect(result.code, result.screen).toBe(0);
    for (const message of ["AWS regions to run in", "Global routing policy", "Database: Aurora Global", "Name of the first Pulumi stack"]) {
      expect(result.screen).toContain(message);
    }
    expect(result.screen).toContain("eu-west-1 (Europe, Ireland)");
    expect(result.screen).not.toContain("Traffic weight per region");
    const stored = JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"];
    expect(stored).toMatchObject({ name: "shop", regions: ["us-east-1", "eu-west-1"], routing: "latency", stack: "dev" });
  });

  it("asks for weights once weighted routing is chosen", async () => {
    const target = join(tempDir(), "shop");
    // Down twice from latency: geolocation, weighted.
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"], { routing: "\u001b[B\u001b[B" });
    expect(result.code, result.screen).toBe(0);
    expect(result.screen).toContain("Traffic weight per region");
    expect(JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"]).toMatchObject({ routing: "weighted", weights: { "us-east-1": 100, "eu-west-1": 100 } });
  });
});

describe("create-multiregion --reconfigure", { timeout: 120_000 }, () => {
  it.each([
    ["the default regions", []],
    ["regions in an order of their own", ["--regions", "eu-west-1,us-east-1,ap-southeast-2", "--primary-region", "us-east-1"]],
  ])("with every stored answer accepted changes nothing (%s)", async (_what, flags) => {
    const project = join(tempDir(), "shop");
    const first = await runCli([project, "--yes", "--skip-install", ...flags]);
    expect(first.code, first.stderr).toBe(0);
    const before = treeOf(project);
    const result = await runOnTerminal([".", "--reconfigure", "--skip-install"], {}, { cwd: project });
    expect(result.code, result.screen).toBe(0);
    expect(result.screen).toContain("AWS regions to run in");
    expect(treeOf(project)).toEqual(before);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: project, encoding: "utf8" })).toBe("");
  });
});

describe("create-multiregion on a terminal: a choice that breaks a rule", { timeout: 120_000 }, () => {
  it("CockroachDB with 2 regions is shown with the reason and cannot be picked; the run goes on", async () => {
    const target = join(tempDir(), "shop");
    // Down once from aurora-global to cockroachdb, Enter (refused), down past aurora-dsql (refused too: its
    // regions are two of one set) to none; the helper's Enter takes it.
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"], { database: "\u001b[B\r\u001b[B\u001b[B" });
    expect(result.code, result.screen).toBe(0);
    // The reason, next to the choice (the terminal wraps it at 80 columns).
    expect(result.screen).toContain("cockroachdb needs at least 3 regions for a multi-region");
    expect(result.screen).toContain("This option is disabled and cannot be selected.");
    expect(JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"]).toMatchObject({ regions: ["us-east-1", "eu-west-1"], database: "none" });
  });

  it("with a third region chosen, CockroachDB can be picked", async () => {
    const target = join(tempDir(), "shop");
    // Regions: down to us-east-2 and check it; database: down once to cockroachdb.
    const result = await runOnTerminal([target, "--skip-install", "--skip-git"], { regions: "\u001b[B ", database: "\u001b[B" });
    expect(result.code, result.screen).toBe(0);
    expect(JSON.parse(treeOf(target)[".yo-rc.json"]!)["generator-multiregion"]).toMatchObject({
      regions: ["us-east-1", "us-east-2", "eu-west-1"],
      database: "cockroachdb",
    });
  });
});

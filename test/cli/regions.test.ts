import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli, tempDir, treeOf } from "./run-cli.js";
import { runYo } from "./run-yo.js";

const stored = (dir: string) => JSON.parse(treeOf(dir)[".yo-rc.json"]!)["generator-multiregion"] as { regions: string[]; weights: Record<string, number> };
const stackRegions = (dir: string) => (parse(treeOf(dir)["Pulumi.dev.yaml"]!).config["svc:regions"] as { region: string }[]).map((entry) => entry.region);

async function project(regions: string, ...flags: string[]): Promise<string> {
  const dir = join(tempDir(), "svc");
  const result = await runCli([dir, "--yes", "--skip-install", "--regions", regions, ...flags]);
  expect(result.code, result.stderr).toBe(0);
  return dir;
}

describe("changing the regions of a generated project", () => {
  it("yo multiregion:region add takes several regions at once", async () => {
    const dir = await project("us-east-1,eu-west-1");
    const result = await runYo(["multiregion:region", "add", "us-east-2", "eu-north-1", "--skip-install"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(stored(dir).regions).toEqual(["us-east-1", "eu-west-1", "us-east-2", "eu-north-1"]);
    expect(stackRegions(dir)).toEqual(["us-east-1", "eu-west-1", "us-east-2", "eu-north-1"]);
  });

  it("yo multiregion:region remove takes several regions, and refuses a region given twice", async () => {
    const dir = await project("us-east-1,eu-west-1,ap-south-1,eu-north-1");
    const twice = await runYo(["multiregion:region", "remove", "ap-south-1", "ap-south-1", "--skip-install"], { cwd: dir });
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim()).toBe('region "ap-south-1": given twice; allowed: each region once');
    const result = await runYo(["multiregion:region", "remove", "ap-south-1", "eu-north-1", "--skip-install"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(stored(dir).regions).toEqual(["us-east-1", "eu-west-1"]);
  });

  it("--regions drops a region even though the stored weights name it", async () => {
    const dir = await project("us-east-1,eu-west-1,ap-southeast-2");
    expect(stored(dir).weights).toEqual({ "us-east-1": 100, "eu-west-1": 100, "ap-southeast-2": 100 });
    const result = await runCli([".", "--regions", "us-east-1,eu-west-1", "--skip-install"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(stored(dir)).toMatchObject({ regions: ["us-east-1", "eu-west-1"], weights: { "us-east-1": 100, "eu-west-1": 100 } });
    expect(stackRegions(dir)).toEqual(["us-east-1", "eu-west-1"]);
  });

  it("--regions with weights given in the same run still checks them against the regions", async () => {
    const dir = await project("us-east-1,eu-west-1,ap-southeast-2", "--routing", "weighted");
    const result = await runCli([".", "--regions", "us-east-1,eu-west-1", "--weights", "ap-southeast-2=5", "--skip-install"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/weights "ap-southeast-2=5" \(from --weights\): names ap-southeast-2, not among the chosen regions/);
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir, treeOf } from "./run-cli.js";

describe("an EC2 instance type the price table lacks", () => {
  it.each([
    ["c6in.xlarge", "no price for c6in.xlarge: add the hourly price of c6in.large to ec2.largeHourly in scripts/prices.ts"],
    ["m5.metal", "no price for m5.metal: ec2.largeHourly in scripts/prices.ts prices sizes nano to <n>xlarge from their family's .large price, not metal"],
    ["r8g.medium", "no price for r8g.medium: add the hourly price of r8g.large to ec2.largeHourly in scripts/prices.ts"],
  ])("%s: the project is generated, and its estimate says what it could not price", async (instanceType, missing) => {
    const target = join(tempDir(), "svc");
    const result = await runCli([target, "--yes", "--skip-install", "--skip-git", "--instance-type", instanceType]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(new RegExp(`cost +\\$[\\d,]+ a month without what is not priced \\(${missing.replace(/[.*+?^${}()|[\]\\<>]/g, "\\$&")}\\)`));
    const tree = treeOf(target);
    expect(tree["Pulumi.dev.yaml"]).toContain(`instanceType: ${instanceType}`);
    expect(tree["README.md"]).toContain(`No estimate at generation: ${missing}; the figures below leave it out`);
  });
});

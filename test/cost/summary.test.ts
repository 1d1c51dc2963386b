import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { withDefaults } from "../../src/answers/resolve.js";
import type { Answers } from "../../src/answers/spec.js";
import { validateAnswers } from "../../src/answers/validate.js";
import { summaryLines } from "../../src/cli/summary.js";
import { projectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";

const contextOf = (given: Partial<Answers>) => projectContext(validateAnswers({ ...withDefaults(given, { folderName: "svc" }).answers }), {}, "0.0.0");

describe("the generator's end summary", () => {
  it("shows the monthly cost per region and the failover estimate", () => {
    const context = contextOf({ regions: ["us-east-1", "eu-west-1"], blueGreen: false, objectReplication: "none" });
    const lines = summaryLines(context, [], []);
    const cost = context.estimates.cost!;
    // The pattern document's deployment: 4 x t3.medium and 2 x db.r6g.large a region, Route53 latency routing,
    // with each region's credentials secret, unreplicated bucket and VPC logs.
    expect(Math.round(cost.total)).toBe(Math.round(779.496 + 857.5556 + 7.3)); // test/cost/model.test.ts
    expect(lines).toContain("  cost        $1,644 a month (us-east-1 $779, eu-west-1 $858, global $7), 2.1x us-east-1 alone; prices as of 2026-11-01, itemized by npm run cost");
    expect(lines).toContain("  failover    users leave a failed region in 60-150 s, an evacuated one in 1-4 min; database writes lost: typically under 1 s");
    expect(lines).toContain("  objects     none (a bucket in every region, not replicated)");
    // Not billed until the major version leaves standard support: named, never added. 8 vCPU: 292.00 + 321.20.
    expect(lines).toContain("  support     Aurora Extended Support off (aurora.extendedSupport): at the end of standard support AWS upgrades the major version; enrolled, $613 a month more");
  });

  it("names no Extended Support without Aurora", () => {
    const lines = summaryLines(contextOf({ database: "none", objectReplication: "bidirectional" }), [], []);
    expect(lines.filter((line) => line.startsWith("  support"))).toEqual([]);
    expect(lines).toContain("  objects     bidirectional replication between the regions' buckets");
  });

  it("shows what a blue/green release adds a day while both colors run", () => {
    const context = contextOf({ regions: ["us-east-1", "eu-west-1"], blueGreen: true, objectReplication: "none" });
    // 4 more t3.medium and their volumes a region: 4 x (30.368 + 1.60) = 127.872, x (1 + 1.1) = 268.5312 a month, / 730 x 24 = 8.83 a day.
    expect(context.estimates.cost!.release!.daily).toBeCloseTo((268.5312 * 24) / 730, 6);
    expect(summaryLines(context, [], []).find((line) => line.startsWith("  cost "))).toContain("; a blue/green release adds $9 a day while both colors run; prices as of");
  });

  it("says what the price table lacks, with the estimate of the rest, in the summary and the README", () => {
    const context = contextOf({ instanceType: "c6in.xlarge" });
    const missing = "no price for c6in.xlarge: add the hourly price of c6in.large to ec2.largeHourly in scripts/prices.ts";
    const total = context.estimates.partial!.total;
    expect(summaryLines(context, [], [])).toContain(
      `  cost        $${Math.round(total).toLocaleString("en-US")} a month without what is not priced (${missing}); prices as of 2026-11-01, itemized by npm run cost`,
    );
    const readme = renderProject(context, resolve("templates")).get("README.md")!.content;
    expect(readme).toContain(`No estimate at generation: ${missing}; the figures below leave it out`);
    expect(readme).toMatch(/^ {2}instances +not priced {2}4 \(4 live, 0 idle\) x c6in\.xlarge$/m);
    expect(readme).not.toContain("**Cost**: about");
  });
});

describe("dollar amounts", () => {
  it("groups thousands and rounds to cents or whole dollars, as en-US does", async () => {
    const { dollars, wholeDollars } = await import("../../templates/scripts/cost-report.js");
    expect(dollars(1234567.891)).toBe("$1,234,567.89");
    expect(dollars(0.5)).toBe("$0.50");
    expect(dollars(999.999)).toBe("$1,000.00");
    expect(wholeDollars(1961.6)).toBe("$1,962");
    expect(wholeDollars(999.5)).toBe("$1,000");
    expect(wholeDollars(12)).toBe("$12");
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { internalInBase } from "../../src/regen/load-balancer-scheme.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { asGeneratedBefore, read, snapshot } from "./project-fixture.js";

async function project(traffic: string): Promise<string> {
  const dir = join(tempDir(), "svc");
  const first = await runCli([dir, "--yes", "--skip-install", "--skip-git", "--traffic", traffic, "--regions", "us-east-1,eu-west-1"]);
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

const internal = (dir: string) => /internal: args\.internal \?\? false,/.test(read(dir, "src/load-balancer.ts")) && /internal: true,/.test(read(dir, "src/stack.ts"));

/** A Global Accelerator project as the release before internal load balancers wrote it: their scheme never set. */
const asBeforeInternalLoadBalancers = (dir: string) =>
  asGeneratedBefore(dir, "src/load-balancer.ts", (source) => source.replace(/^ *internal: args\.internal \?\? false,\n/m, ""));

/** Runs the CLI in `dir` and expects it refused in exactly `line`, with nothing written. */
async function expectRefused(dir: string, args: string[], line: string): Promise<void> {
  const before = snapshot(dir);
  const result = await runCli([dir, ...args, "--skip-install"]);
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([`create-multiregion: ${line}`]);
  expect(snapshot(dir)).toEqual(before);
}

const replaced = "that replaces every region's load balancer, each region serving no one until its new one is healthy; allowed: ";
const flagAndSteps = '--replace-load-balancers and deploy region by region (README.md, "Upgrading and removing")';

describe("a regeneration that changes the load balancers' scheme", () => {
  it("Route53 to Global Accelerator: refused in one line naming what is replaced, the flag and the README section; nothing written", async () => {
    await expectRefused(await project("route53"), ["--traffic", "global-accelerator"],
      `traffic "global-accelerator" (from --traffic) makes the load balancers internal, "route53" made them internet-facing: ${replaced}keep traffic "route53", or ${flagAndSteps}`);
  });

  it("with --replace-load-balancers: done, the load balancers internal, and the README section the line names has the steps", async () => {
    const dir = await project("route53");
    const result = await runCli([dir, "--traffic", "global-accelerator", "--replace-load-balancers", "--skip-install"]);
    expect(result.code, result.stderr).toBe(0);
    expect(internal(dir)).toBe(true);
    const readme = read(dir, "README.md");
    expect(readme).toMatch(/^## Upgrading and removing$/m);
    expect(readme).toContain("regenerate with `--replace-load-balancers`");
  });

  it("Global Accelerator back to Cloudflare: refused the same way", async () => {
    await expectRefused(await project("global-accelerator"), ["--traffic", "cloudflare"],
      `traffic "cloudflare" (from --traffic) makes the load balancers internet-facing, "global-accelerator" made them internal: ${replaced}keep traffic "global-accelerator", or ${flagAndSteps}`);
  });

  it("a Global Accelerator project of the release before internal load balancers: refused without the flag, done with it", async () => {
    const dir = await project("global-accelerator");
    asBeforeInternalLoadBalancers(dir);
    await expectRefused(dir, [],
      `traffic "global-accelerator" now makes the load balancers internal: ${replaced}regenerate with the generator version that made the project, or ${flagAndSteps}`);
    const done = await runCli([dir, "--replace-load-balancers", "--skip-install"]);
    expect(done.code, done.stderr).toBe(0);
    expect(internal(dir)).toBe(true);
  });

  it("no change of scheme: Route53 to Cloudflare, and a Global Accelerator project regenerated as it is, need no flag", async () => {
    const dir = await project("route53");
    const switched = await runCli([dir, "--traffic", "cloudflare", "--skip-install"]);
    expect(switched.code, switched.stderr).toBe(0);
    const accelerated = await project("global-accelerator");
    const again = await runCli([accelerated, "--skip-install"]);
    expect(again.code, again.stderr).toBe(0);
  });

  it("reads the scheme of the last generation from its base copy, trusting the answers where there is none", () => {
    expect(internalInBase("route53", "internal: args.internal ?? false,")).toBe(false);
    expect(internalInBase("global-accelerator", "      internal: args.internal ?? false,")).toBe(true);
    expect(internalInBase("global-accelerator", "loadBalancerType: \"application\",")).toBe(false);
    expect(internalInBase("global-accelerator", undefined)).toBe(true);
  });
});

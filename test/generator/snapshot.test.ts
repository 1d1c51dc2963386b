import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import helpers from "yeoman-test";
import { treeOf } from "../cli/run-cli.js";

const generator = resolve("dist/generators/app/index.js");

/** Representative answer sets: the defaults, the leanest project, and the other side of every module choice. */
const variants: Record<string, Record<string, unknown>> = {
  defaults: {},
  lean: { database: "none", objectReplication: "none", blueGreen: false, natGateways: "single" },
  "cloudflare-cockroachdb": { traffic: "cloudflare", database: "cockroachdb", routing: "geolocation", regions: "us-east-1,eu-west-1,ap-southeast-2", objectReplication: "one-way", stack: "prod" },
};

describe("rendered tree", () => {
  it.each(Object.entries(variants))("%s", async (_name, flags) => {
    const result = await helpers.run(generator).withOptions({ yes: true, skipGit: true, name: "orders-api", ...flags } as never);
    const tree = treeOf(result.cwd);
    const stack = String(flags.stack ?? "dev");
    // The regeneration base mirrors the project file for file (test/regen checks it); leave it out here.
    expect(Object.keys(tree).filter((path) => !path.startsWith(".multiregion/base/")).sort()).toMatchSnapshot("files");
    expect(tree[`Pulumi.${stack}.yaml`]).toMatchSnapshot("stack config");
    expect(tree["package.json"]).toMatchSnapshot("package.json");
  });
});

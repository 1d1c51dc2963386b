import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { helpText } from "../src/cli/help.js";

const readme = readFileSync("README.md", "utf8");
const ci = readFileSync(".ci/run", "utf8");

describe("README", () => {
  it("shows the current --help, so every flag is documented", () => {
    const help = helpText("create-multiregion [dir] [options]   (npm create multiregion@latest [dir] -- [options])").trimEnd();
    expect(readme, "README.md's Options block is out of date: paste `create-multiregion --help` into it").toContain(help);
  });

  it("gives the install, test and generate commands that CI runs", () => {
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toContain("npm test");
    expect(readme).toContain("node packages/create-multiregion/bin/create-multiregion.js ../my-svc --yes");
    expect(ci).toMatch(/^\(npm ci && npm run build\)$/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});

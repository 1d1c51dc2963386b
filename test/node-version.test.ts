import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { withDefaults } from "../src/answers/resolve.js";
import { validateAnswers } from "../src/answers/validate.js";
import { nodeSupported, supportedNodeRange, unsupportedNode } from "../src/node-version.js";
import { projectContext } from "../src/project/context.js";
import { renderProject } from "../src/project/render.js";

const engines = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { engines: { node: string } }).engines.node;

describe("the supported Node versions", () => {
  it("are what both packages declare", () => {
    expect(engines("package.json")).toBe(supportedNodeRange);
    expect(engines("packages/create-multiregion/package.json")).toBe(supportedNodeRange);
  });

  it.each([
    ["20.19.0", false], ["22.17.1", false], ["22.18.0", true], ["22.22.2", true], ["23.11.0", false],
    ["24.10.0", false], ["24.11.0", true], ["25.1.0", true], ["26.0.0", true],
  ])("Node %s supported: %s", (version, supported) => {
    expect(nodeSupported(version)).toBe(supported);
    expect(unsupportedNode("tool", version)).toBe(supported ? undefined : `tool: Node.js ${version} is not supported; allowed: ${supportedNodeRange} (Node 24 LTS recommended)`);
  });

  it("the generated project declares the range its README documents", () => {
    const context = projectContext(validateAnswers({ ...withDefaults({}, { folderName: "svc" }).answers }), {}, "0.0.0");
    const files = renderProject(context, resolve("templates"));
    const documented = /Node\.js (\d+)\.(\d+) or later/.exec(files.get("README.md")!.content);
    expect(documented).not.toBeNull();
    expect(JSON.parse(files.get("package.json")!.content).engines.node).toBe(`>=${documented![1]}.${documented![2]}.0`);
  });
});

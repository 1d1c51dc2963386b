import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  append,
  edit,
  expectStateIs,
  freshRender,
  generatedProject,
  projectFiles,
  read,
  runApp,
  runRegion,
  snapshot,
  upgradedTemplates,
} from "./project-fixture.js";

/**
 * Regeneration through the real generator (yeoman-test). yeoman-test forces every write, so each
 * test checks on disk that the user's edits survived.
 */

const stackConfig = (dir: string) => parse(read(dir, "Pulumi.dev.yaml")).config as Record<string, unknown>;
const regionsOf = (dir: string) => stackConfig(dir)["svc:regions"] as { region: string; cidrBlock: string }[];
const stored = (dir: string) => JSON.parse(read(dir, ".yo-rc.json"))["generator-multiregion"] as Record<string, unknown>;

/** User edits in files that reconfigurations change; each leaves a line that must survive. */
function editEverywhere(dir: string): string[] {
  append(dir, "Pulumi.dev.yaml", "  svc:teamOwner: payments-oncall # ours\n");
  append(dir, "README.md", "\n## Our runbook\n\nPage the payments on-call first.\n");
  edit(dir, "src/stack.ts", /^(import[^\n]*\n)/, "$1// ours: reviewed by the platform team\n");
  append(dir, "src/network.ts", "\n// ours: peering to the shared-services VPC lives in src/custom\n");
  writeFileSync(join(dir, "src/custom/index.ts"), `${read(dir, "src/custom/index.ts")}\n// ours: custom code\n`);
  return [
    "  svc:teamOwner: payments-oncall # ours",
    "## Our runbook",
    "Page the payments on-call first.",
    "// ours: reviewed by the platform team",
    "// ours: peering to the shared-services VPC lives in src/custom",
    "// ours: custom code",
  ];
}

function expectAllPresent(dir: string, lines: string[]) {
  const everything = Object.values(projectFiles(dir)).join("\n");
  for (const line of lines) expect(everything, `lost: ${line}`).toContain(line);
}

/** Files the user did not touch are exactly what a first generation with the same answers writes. */
async function expectUntouchedAreFresh(dir: string, edited: string[], templates?: string) {
  const fresh = await freshRender(dir, templates);
  const now = projectFiles(dir);
  for (const [path, content] of Object.entries(fresh)) if (!edited.includes(path)) expect(now[path], path).toBe(content);
  expectStateIs(dir, fresh);
  return { fresh, now };
}

const editedFiles = ["Pulumi.dev.yaml", "README.md", "src/stack.ts", "src/network.ts", "src/custom/index.ts"];

describe("yo multiregion inside a generated project", () => {
  it("first generation records exactly what it rendered; a re-run asks nothing and writes nothing", async () => {
    const dir = await generatedProject({ name: "svc" });
    expectStateIs(dir, projectFiles(dir));
    const before = snapshot(dir);
    const again = await runApp(dir);
    expect(again.askedQuestions).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("template upgrade: clean merges applied, the conflict marked and the run failing with its name, then nothing to do", async () => {
    const dir = await generatedProject({ name: "svc" });
    const lines = editEverywhere(dir);
    edit(dir, "src/network.ts", /^( {2}\/\*\* The region's VPC block[^\n]*)$/m, "  /** Our VPC block: always a /16 (ours). */");
    const templates = upgradedTemplates({
      "src/network.ts": (text) => text.replace(/^( {2}\/\*\* The region's VPC block[^\n]*)$/m, "  /** The region's VPC block (upgraded wording). */"),
      "README.md": (text) => `<!-- upgraded README -->\n${text}`,
      "src/providers.ts": (text) => `// upgraded providers\n${text}`,
    });
    await expect(runApp(dir, {}, templates)).rejects.toThrow(/^1 file in conflict: src\/network\.ts; resolve the <<<<<<< markers/);
    expectAllPresent(dir, [...lines, "  /** Our VPC block: always a /16 (ours). */"]);
    const network = read(dir, "src/network.ts");
    expect(network).toMatch(
      /<<<<<<< yours \(src\/network\.ts\)\n {2}\/\*\* Our VPC block: always a \/16 \(ours\)\. \*\/\n=======\n {2}\/\*\* The region's VPC block \(upgraded wording\)\. \*\/\n>>>>>>> generator-multiregion \d+\.\d+\.\d+\n/,
    );
    expect(read(dir, "README.md")).toMatch(/^<!-- upgraded README -->\n[\s\S]*## Our runbook/);
    expect(read(dir, "src/providers.ts")).toMatch(/^\/\/ upgraded providers\n/);
    await expectUntouchedAreFresh(dir, editedFiles, templates);

    const before = snapshot(dir);
    await expect(runApp(dir, {}, templates)).rejects.toThrow(/src\/network\.ts/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("add a region with --regions: every edit kept, existing CIDR blocks unchanged", async () => {
    const dir = await generatedProject({ name: "svc", regions: "us-east-1,eu-west-1,ap-southeast-2" });
    const blocks = Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]));
    const lines = editEverywhere(dir);
    await runApp(dir, { regions: "us-east-1,eu-west-1,ap-southeast-2,eu-central-1" });
    expectAllPresent(dir, lines);
    const after = Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]));
    expect(after).toMatchObject(blocks);
    expect(Object.keys(after)).toContain("eu-central-1");
    expect(new Set(Object.values(after)).size).toBe(4);
    expect(read(dir, "README.md")).toContain("eu-central-1");
    await expectUntouchedAreFresh(dir, editedFiles);
  });

  it("switch routing to weighted: the stack config changes under the user's own key", async () => {
    const dir = await generatedProject({ name: "svc" });
    const lines = editEverywhere(dir);
    await runApp(dir, { routing: "weighted", weights: "us-east-1=200,eu-west-1=55" });
    expectAllPresent(dir, lines);
    expect(stackConfig(dir)).toMatchObject({ "svc:routing": "weighted", "svc:teamOwner": "payments-oncall" });
    expect(stored(dir)).toMatchObject({ routing: "weighted", weights: { "us-east-1": 200, "eu-west-1": 55 } });
    await expectUntouchedAreFresh(dir, editedFiles);
  });

  it("switch DNS and database: files no longer generated are removed when untouched and kept when edited", async () => {
    const dir = await generatedProject({ name: "svc", traffic: "route53", database: "aurora-global" });
    const lines = editEverywhere(dir);
    const routeFiles = Object.keys(projectFiles(dir)).filter((path) => path.startsWith("src/traffic/route53/"));
    expect(routeFiles.length).toBeGreaterThan(1);
    const [editedRoute, ...untouchedRoutes] = routeFiles as [string, ...string[]];
    append(dir, editedRoute, "// ours: kept after the switch\n");
    await runApp(dir, { traffic: "cloudflare", database: "cockroachdb", regions: "us-east-1,eu-west-1,ap-southeast-1" });
    expectAllPresent(dir, [...lines, "// ours: kept after the switch"]);
    for (const path of untouchedRoutes) expect(existsSync(join(dir, path)), path).toBe(false);
    expect(read(dir, editedRoute)).toContain("// ours: kept after the switch");
    expect(stackConfig(dir)).toMatchObject({ "svc:teamOwner": "payments-oncall" });
    const { fresh } = await expectUntouchedAreFresh(dir, [...editedFiles, editedRoute]);
    expect(Object.keys(fresh)).not.toContain(editedRoute);
  });

  it("--on-conflict new-file leaves the user's file as it is and writes <file>.multiregion-new", async () => {
    const dir = await generatedProject({ name: "svc" });
    edit(dir, "src/network.ts", /^( {2}\/\*\* The region's VPC block[^\n]*)$/m, "  /** Ours. */");
    const mine = read(dir, "src/network.ts");
    const templates = upgradedTemplates({
      "src/network.ts": (text) => text.replace(/^( {2}\/\*\* The region's VPC block[^\n]*)$/m, "  /** Upgraded. */"),
    });
    await expect(runApp(dir, { "on-conflict": "new-file" }, templates)).rejects.toThrow(/1 file in conflict: src\/network\.ts/);
    expect(read(dir, "src/network.ts")).toBe(mine);
    expect(read(dir, "src/network.ts.multiregion-new")).toContain("  /** Upgraded. */");
    rmSync(join(dir, "src/network.ts.multiregion-new"));
    const before = snapshot(dir);
    await runApp(dir, { "on-conflict": "new-file" }, templates);
    expect(snapshot(dir)).toEqual(before);
  });

  it("keeps a CRLF file CRLF and a missing final newline missing through an upgrade", async () => {
    const dir = await generatedProject({ name: "svc" });
    const crlf = `${read(dir, "src/network.ts").trimEnd().replace(/\n/g, "\r\n")}\r\n// ours`;
    writeFileSync(join(dir, "src/network.ts"), crlf);
    const templates = upgradedTemplates({ "src/network.ts": (text) => `// upgraded\n${text}` });
    await runApp(dir, {}, templates);
    const merged = read(dir, "src/network.ts");
    expect(merged).toBe(`// upgraded\r\n${crlf}`);
  });

  it("refuses an unknown --on-conflict value in one line, writing nothing", async () => {
    const dir = await generatedProject({ name: "svc" });
    append(dir, "README.md", "ours\n");
    const before = snapshot(dir);
    await expect(runApp(dir, { "on-conflict": "theirs", regions: "us-east-1,eu-west-1,eu-central-1" })).rejects.toThrow(
      /^--on-conflict "theirs": unknown value; allowed: markers, new-file$/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("--reconfigure asks every question again with the stored answers as defaults", async () => {
    const dir = await generatedProject({ name: "svc", routing: "geolocation" });
    const lines = editEverywhere(dir);
    const result = await runApp(dir, { reconfigure: true });
    expect(result.askedQuestions.map((question) => question.name)).toContain("routing");
    expect(stored(dir)).toMatchObject({ routing: "geolocation", name: "svc" });
    expectAllPresent(dir, lines);
  });
});

describe("yo multiregion:region", () => {
  it("add: a new region with its own block, every other block kept, every edit kept", async () => {
    const dir = await generatedProject({ name: "svc", regions: "us-east-1,eu-west-1,ap-south-1", routing: "weighted", weights: "us-east-1=10,eu-west-1=20,ap-south-1=30" });
    const before = Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]));
    const lines = editEverywhere(dir);
    await runRegion(dir, ["add", "sa-east-1"]);
    const after = Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]));
    expect(after).toMatchObject(before);
    expect(after["sa-east-1"]).toMatch(/^10\.\d+\.0\.0\/16$/);
    expect(Object.values(before)).not.toContain(after["sa-east-1"]);
    expectAllPresent(dir, lines);
    await expectUntouchedAreFresh(dir, editedFiles);
  });

  it("remove: drops the region and its weight, keeps the other blocks and every edit", async () => {
    const dir = await generatedProject({ name: "svc", regions: "us-east-1,eu-west-1,ap-south-1", routing: "weighted", weights: "us-east-1=10,eu-west-1=20,ap-south-1=30" });
    const before = Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]));
    const lines = editEverywhere(dir);
    await runRegion(dir, ["remove", "eu-west-1"]);
    expect(Object.fromEntries(regionsOf(dir).map((region) => [region.region, region.cidrBlock]))).toEqual({
      "us-east-1": before["us-east-1"],
      "ap-south-1": before["ap-south-1"],
    });
    expect(stored(dir)).toMatchObject({ regions: ["us-east-1", "ap-south-1"], weights: { "us-east-1": 10, "ap-south-1": 30 } });
    expect((stored(dir).weights as Record<string, number>)["eu-west-1"]).toBeUndefined();
    expectAllPresent(dir, lines);
  });

  it.each([
    ["an unknown region", ["add", "mars-1"], /^region "mars-1": not an AWS commercial region; allowed: us-east-1, /],
    ["a region already there", ["add", "eu-west-1"], /^region "eu-west-1": already in the project \(us-east-1, eu-west-1\); allowed: a region not yet in it$/],
    ["the primary region", ["remove", "us-east-1"], /^region "us-east-1": is the primary region; allowed: a secondary region \(eu-west-1\)/],
    ["a region that is not there", ["remove", "ap-south-1"], /^region "ap-south-1": not in the project; allowed: us-east-1, eu-west-1$/],
    ["going below 2 regions", ["remove", "eu-west-1"], /^region "eu-west-1": removing it would leave 1 region; allowed: at least 2 regions/],
    ["an unknown action", ["rename", "eu-west-1"], /^action "rename": unknown; allowed: add, remove/],
    ["a missing region", ["add"], /^region: missing; allowed: add <region code>/],
  ])("refuses %s in one line and writes nothing", async (_what, args, message) => {
    const dir = await generatedProject({ name: "svc" });
    const before = snapshot(dir);
    await expect(runRegion(dir, args)).rejects.toThrow(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses to run outside a generated project", async () => {
    const dir = join((await generatedProject()).replace(/svc$/, ""), "empty");
    mkdirSync(dir);
    await expect(runRegion(dir, ["add", "eu-central-1"])).rejects.toThrow(/not a project generated by generator-multiregion \(no \.yo-rc\.json\); allowed: run it inside one$/);
  });
});

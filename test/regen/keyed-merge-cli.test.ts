import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { edit, read, snapshot, upgradedTemplates } from "./project-fixture.js";

/** The edits the product itself tells users to make, then a regeneration, through the real CLI. */

async function project(): Promise<string> {
  const dir = join(tempDir(), "svc");
  const first = await runCli([dir, "--yes", "--skip-install", "--skip-git"]);
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

/** What `pulumi config set <key> <value>` leaves in the stack config: that key's line changed. */
const configSet = (dir: string, key: string, value: string) => edit(dir, "Pulumi.dev.yaml", new RegExp(`svc:${key}: .*`), `svc:${key}: ${value}`);
const stackConfig = (text: string) => parse(text).config as Record<string, unknown>;

describe("the stack config and package.json are merged by key", () => {
  it("`pulumi config set domain` (from the next steps), then changes on the lines around it: merged, no conflict", async () => {
    const dir = await project();
    configSet(dir, "domain", "api.acme.io");
    // natGateways is the line below domain: a line merge conflicts there.
    const result = await runCli([dir, "--nat-gateways", "single", "--routing", "weighted", "--weights", "us-east-1=200,eu-west-1=55", "--skip-install"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^ {2}merged +Pulumi\.dev\.yaml$/m);
    expect(stackConfig(read(dir, "Pulumi.dev.yaml"))).toMatchObject({
      "svc:domain": "api.acme.io",
      "svc:natGateways": "single",
      "svc:routing": "weighted",
      "svc:regions": [{ region: "us-east-1", weight: 200 }, { region: "eu-west-1", weight: 55 }],
    });
  });

  it("`npm install` of a dependency beside a template's version bump: merged, no conflict", async () => {
    const dir = await project();
    edit(dir, "package.json", /("@pulumi\/pulumi": "[^"]+")/, '$1,\n    "zod": "^4.6.7"');
    const templates = upgradedTemplates({ "package.json": (text) => text.replace(/"@pulumi\/pulumi": "[^"]+"/, '"@pulumi/pulumi": "^3.300.0"') });
    const result = await runCli([dir, "--skip-install"], { env: { [templatesOverrideVariable]: templates } });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(read(dir, "package.json")).dependencies).toMatchObject({ "@pulumi/pulumi": "^3.300.0", zod: "^4.6.7" });
  });

  it("a key both sides changed gets markers around that key only; --on-conflict new-file writes the merge with the template's side there", async () => {
    const dir = await project();
    configSet(dir, "domain", "api.acme.io");
    configSet(dir, "routing", "failover");
    const mine = read(dir, "Pulumi.dev.yaml");

    const sidecar = await runCli([dir, "--routing", "geolocation", "--skip-install", "--on-conflict", "new-file"]);
    expect(sidecar.code).toBe(1);
    expect(sidecar.stderr.trim().split("\n").at(-1)).toMatch(/^create-multiregion: 1 file in conflict: Pulumi\.dev\.yaml/);
    expect(read(dir, "Pulumi.dev.yaml")).toBe(mine);
    // Not the bare template: the user's domain stays, only the conflicting key is the template's.
    expect(stackConfig(read(dir, "Pulumi.dev.yaml.multiregion-new"))).toMatchObject({ "svc:domain": "api.acme.io", "svc:routing": "geolocation" });
  });

  it("markers around the conflicting key, the rest merged", async () => {
    const dir = await project();
    configSet(dir, "domain", "api.acme.io");
    configSet(dir, "routing", "failover");
    const result = await runCli([dir, "--routing", "geolocation", "--skip-install"]);
    expect(result.code).toBe(1);
    const text = read(dir, "Pulumi.dev.yaml");
    expect(text).toMatch(/\n<<<<<<< yours \(Pulumi\.dev\.yaml\)\n {2}svc:routing: failover\n=======\n {2}svc:routing: geolocation\n>>>>>>> generator-multiregion [\d.]+\n/);
    expect(text.match(/^<<<<<<< /gm)).toHaveLength(1);
    expect(text).toMatch(/^ {2}svc:domain: api\.acme\.io$/m);
  });
});

describe("conflict markers left in package.json", () => {
  it("a later run and --dry-run report package.json in conflict (not a JSON parse error) and write nothing", async () => {
    const dir = await project();
    edit(dir, "package.json", /"@pulumi\/aws": "[^"]+"/, '"@pulumi/aws": "^7.50.0"');
    const templates = upgradedTemplates({ "package.json": (text) => text.replace(/"@pulumi\/aws": "[^"]+"/, '"@pulumi/aws": "^7.60.0"') });
    const env = { [templatesOverrideVariable]: templates };
    const conflicted = await runCli([dir, "--skip-install"], { env });
    expect(conflicted.code).toBe(1);
    expect(read(dir, "package.json")).toContain('<<<<<<< yours (package.json)\n    "@pulumi/aws": "^7.50.0",\n=======\n    "@pulumi/aws": "^7.60.0",\n>>>>>>>');
    const left = snapshot(dir);

    for (const extra of [[], ["--dry-run"], ["--routing", "weighted", "--dry-run"]]) {
      const again = await runCli([dir, "--skip-install", ...extra], { env });
      expect(again.code, `${extra.join(" ")}: ${again.stderr}`).toBe(1);
      expect(again.stderr).not.toMatch(/Could not parse JSON/);
      expect(again.stderr).toMatch(/^ {2}conflict +package\.json +\(unresolved <<<<<<< yours/m);
      expect(again.stderr.trim().split("\n").at(-1)).toMatch(/^create-multiregion: 1 file (would be )?in conflict: package\.json/);
      expect(snapshot(dir)).toEqual(left);
    }
  });
});

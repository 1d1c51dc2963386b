import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDefaults } from "../src/answers/resolve.js";
import { answerNames, specOf, type Answers } from "../src/answers/spec.js";
import { configKey } from "../src/project/state.js";
import { installInto, mustRun, pack, repoRoot, wrapperPackage } from "./support/packages.js";
import { runProcess } from "./support/processes.js";

// As a user: both packages packed, installed from their tarballs and run with no terminal; the
// generated projects installed with a real `npm install` and tested with their own `npm test`.
const minutes = (count: number) => count * 60_000;

/** A complete answers file away from the defaults: every relevant answer, so no prompt is needed. */
function answersFile(): Partial<Answers> {
  const chosen: Partial<Answers> = {
    name: "edge-api",
    regions: ["us-east-1", "eu-west-1", "ap-southeast-1", "us-west-2"],
    routing: "weighted",
    weights: { "us-east-1": 200, "eu-west-1": 100, "ap-southeast-1": 50, "us-west-2": 0 },
    dns: "cloudflare",
    domain: "api.example.org",
    database: "cockroachdb",
    objectReplication: "one-way",
    blueGreen: false,
    natGateways: "single",
    stack: "prod",
  };
  const { answers } = withDefaults(chosen, { folderName: "edge" });
  return Object.fromEntries(answerNames.filter((name) => specOf(name).relevant?.(answers) ?? true).map((name) => [name, answers[name]]));
}

describe("end to end from the packed tarballs", () => {
  let work: string;
  let generatorTarball: string;
  let wrapperTarball: string;
  let createBin: string;

  beforeAll(async () => {
    for (const built of [join(repoRoot, "dist/generators/app/index.js"), join(wrapperPackage, "dist/cli.js")]) {
      if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
    }
    work = mkdtempSync(join(tmpdir(), "multiregion-e2e-"));
    mkdirSync(join(work, "packs"));
    generatorTarball = await pack(repoRoot, join(work, "packs"));
    wrapperTarball = await pack(wrapperPackage, join(work, "packs"));
    await installInto(join(work, "create-user"), [wrapperTarball]);
    createBin = join(work, "create-user", "node_modules", ".bin", "create-multiregion");
  }, minutes(10));

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("installs generator-multiregion where yo looks for it, and it generates a project", async () => {
    const yoUser = join(work, "yo-user");
    const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    // yo brings yeoman-environment; the generator's own dependencies must come from its package alone.
    await installInto(yoUser, [generatorTarball, `yeoman-environment@${rootManifest.devDependencies["yeoman-environment"]}`]);
    writeFileSync(
      join(yoUser, "lookup.mjs"),
      [
        'import { createEnv } from "yeoman-environment";',
        "const env = createEnv({ cwd: process.argv[2], skipInstall: true });",
        "const found = await env.lookup({ localOnly: true });",
        'console.log("FOUND " + JSON.stringify(found.map(({ namespace, resolved, registered }) => ({ namespace, resolved, registered }))));',
        'await env.run(["multiregion"], { yes: true, "skip-git": true });',
      ].join("\n"),
    );
    const project = join(yoUser, "inventory");
    mkdirSync(project);
    const output = await mustRun(process.execPath, [join(yoUser, "lookup.mjs"), project], { cwd: project });
    const found = JSON.parse(/^FOUND (.*)$/m.exec(output)![1]!) as { namespace: string; resolved: string; registered: boolean }[];
    expect(found).toContainEqual({
      namespace: "multiregion:app",
      resolved: join(yoUser, "node_modules", "generator-multiregion", "dist", "generators", "app", "index.js"),
      registered: true,
    });
    expect(JSON.parse(readFileSync(join(project, "package.json"), "utf8")).name).toBe("inventory");
    expect(existsSync(join(project, "Pulumi.dev.yaml"))).toBe(true);
  }, minutes(10));

  it("create-multiregion --yes generates, installs and commits a project whose tests and type-check pass", async () => {
    const project = join(work, "shop");
    const created = await runProcess(createBin, [project, "--yes"], { cwd: work, killAfterMs: minutes(15) });
    expect(created.code, created.output).toBe(0);
    expect(existsSync(join(project, "node_modules", "@pulumi", "aws", "package.json")), "the wrapper ran npm install").toBe(true);
    const log = await mustRun("git", ["log", "--format=%s"], { cwd: project });
    expect(log.trim().split("\n")).toHaveLength(1);
    expect(await mustRun("npm", ["test"], { cwd: project })).toMatch(/Tests\s+\d+ passed/);
    await mustRun("npm", ["run", "typecheck"], { cwd: project });
  }, minutes(15));

  it("create-multiregion --answers file.json generates that project; npm install, npm test and the type-check pass", async () => {
    const answers = answersFile();
    writeFileSync(join(work, "answers.json"), JSON.stringify(answers, null, 2));
    const project = join(work, "edge");
    const created = await runProcess(createBin, ["edge", "--answers", "answers.json", "--skip-install", "--skip-git"], { cwd: work });
    expect(created.code, created.output).toBe(0);
    const stored = JSON.parse(readFileSync(join(project, ".yo-rc.json"), "utf8"))[configKey];
    expect(stored).toMatchObject(answers);
    expect(existsSync(join(project, "Pulumi.prod.yaml"))).toBe(true);
    await mustRun("npm", ["install", "--no-audit", "--no-fund"], { cwd: project });
    expect(existsSync(join(project, "node_modules", "@pulumi", "cloudflare", "package.json"))).toBe(true);
    expect(await mustRun("npm", ["test"], { cwd: project })).toMatch(/Tests\s+\d+ passed/);
    await mustRun("npm", ["run", "typecheck"], { cwd: project });
  }, minutes(15));
});

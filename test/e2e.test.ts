import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDefaults } from "../src/answers/resolve.js";
import { answerNames, specOf, type Answers } from "../src/answers/spec.js";
import { configKey } from "../src/project/state.js";
import { installInto, mustRun, repoRoot, tarballOf, wrapperPackage } from "./support/packages.js";
import { runProcess, userEnv } from "./support/processes.js";

// As a user: the README's commands run as written, in a copy of this work tree; both packages packed,
// installed from their tarballs and run with no terminal; the generated projects installed with a
// real `npm install` and tested with their own `npm test`.
const minutes = (count: number) => count * 60_000;

/** The first shell block of the README's "Use it" section: what a new user runs, in order. */
function readmeCommands(): string {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use it"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md: no sh block under ## Use it");
  return block;
}

/** A copy of this work tree as a commit of it would hold it (tracked and new files, nothing ignored): "a clone". */
function copyOfWorkTree(destination: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" }).split("\0");
  for (const file of files.filter((path) => path !== "" && existsSync(join(repoRoot, path)))) {
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(destination, file));
  }
}

/** A complete answers file away from the defaults: every relevant answer, so no prompt is needed. */
function answersFile(): Partial<Answers> {
  const chosen: Partial<Answers> = {
    name: "edge-api",
    regions: ["us-east-1", "eu-west-1", "ap-southeast-1", "us-west-2"],
    routing: "weighted",
    weights: { "us-east-1": 200, "eu-west-1": 100, "ap-southeast-1": 50, "us-west-2": 0 },
    traffic: "cloudflare",
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
    generatorTarball = await tarballOf(repoRoot, join(work, "packs"));
    wrapperTarball = await tarballOf(wrapperPackage, join(work, "packs"));
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

  it("the README's commands, as written, in a clone: a project whose npm install, npm test and type-check pass", async () => {
    const clone = join(work, "clone");
    copyOfWorkTree(clone);
    const commands = readmeCommands();
    expect(commands).toMatch(/create-multiregion\.js \.\.\/my-svc --yes/);
    const output = await mustRun("bash", ["-e", "-c", commands], { cwd: clone, env: userEnv() });
    expect(output).toMatch(/Tests\s+\d+ passed/);
    const project = join(work, "my-svc");
    expect(existsSync(join(project, "node_modules", "@pulumi", "aws", "package.json")), "the generator ran npm install").toBe(true);
    expect((await mustRun("git", ["log", "--format=%s"], { cwd: project })).trim().split("\n")).toHaveLength(1);
    expect((await mustRun("git", ["branch", "--show-current"], { cwd: project })).trim()).toBe("main");
    await mustRun("npm", ["run", "typecheck"], { cwd: project });

    // An instance type the price table lacks: the regenerated project's tests still pass, and its estimate says so.
    const bin = join(clone, "packages", "create-multiregion", "bin", "create-multiregion.js");
    await mustRun(process.execPath, [bin, ".", "--instance-type", "c6in.xlarge", "--skip-install"], { cwd: project });
    expect(await mustRun("npm", ["test"], { cwd: project })).toMatch(/Tests\s+\d+ passed/);
    expect(await mustRun("npm", ["run", "--silent", "cost"], { cwd: project })).toMatch(/^ {2}instances +not priced {2}4 \(4 live, 0 idle\) x c6in\.xlarge$/m);
  }, minutes(20));

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

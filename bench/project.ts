import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Task } from "./measure.ts";
import { wrapperBin } from "./scaffold.ts";

/** Installed dependencies survive between bench runs here (the repository's .cache/ is not committed). */
const cache = fileURLToPath(new URL("../.cache/bench/", import.meta.url));
const deps = join(cache, "deps");
/** A tsconfig beside the project's own, with its options, that checks only the program `pulumi up` deploys: index.ts and src/. */
const programOnlyConfig = "tsconfig.program-only.json";

const floorProgram = `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

// The least a Pulumi AWS program type-checks: both SDKs loaded, one resource's input type used.
const config = new pulumi.Config();
export const vpc: aws.ec2.VpcArgs = { cidrBlock: config.get("cidrBlock") ?? "10.0.0.0/16" };
`;

const floorTest = `import * as pulumi from "@pulumi/pulumi";
import { expect, it } from "vitest";

// The least a Pulumi AWS test suite does: vitest and both SDKs loaded, one resource under mocks.
pulumi.runtime.setMocks({
  newResource: (args) => ({ id: \`\${args.name}-id\`, state: args.inputs }),
  call: (args) => args.inputs,
});

it("creates a VPC under mocks", async () => {
  const aws = await import("@pulumi/aws");
  const vpc = new aws.ec2.Vpc("floor", { cidrBlock: "10.0.0.0/16" });
  const id = await new Promise((resolve) => vpc.id.apply(resolve));
  expect(id).toBe("floor-id");
});
`;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} in ${cwd}: exit ${result.status}\n${result.stderr.slice(-2000)}`);
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Installs the generated project's dependencies unless the same were installed before; says whether it did. */
function installDependencies(manifest: Manifest): boolean {
  const { dependencies, devDependencies } = manifest;
  const wanted = `${JSON.stringify({ name: "multiregion-bench-deps", private: true, dependencies, devDependencies }, null, 2)}\n`;
  const current = join(deps, "package.json");
  if (existsSync(join(deps, "node_modules")) && existsSync(current) && readFileSync(current, "utf8") === wanted) return false;
  rmSync(deps, { recursive: true, force: true });
  mkdirSync(deps, { recursive: true });
  writeFileSync(current, wanted);
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], deps);
  return true;
}

/** An empty folder sharing the installed node_modules. */
function withDependencies(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(deps, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export interface ProjectDirs {
  project: string;
  floorTsc: string;
  floorTests: string;
}

/**
 * Renders a default project, installs its dependencies (first time only), and lays out the floors:
 * `floor-tsc` (the project's package.json and tsconfig.json, one index.ts importing both SDKs) and
 * `floor-test` (the same with the project's vitest config and one mocked-resource test).
 */
export function prepareProject(progress: (text: string) => void): ProjectDirs {
  const project = join(cache, "project");
  rmSync(project, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  run(process.execPath, [wrapperBin, project, "--yes", "--skip-install", "--skip-git"], cache);
  const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Manifest;
  if (installDependencies(manifest)) progress("installed the generated project's dependencies into .cache/bench/deps");
  symlinkSync(join(deps, "node_modules"), join(project, "node_modules"), "dir");

  const floorTsc = withDependencies(join(cache, "floor-tsc"));
  const floorTests = withDependencies(join(cache, "floor-test"));
  for (const floor of [floorTsc, floorTests]) {
    cpSync(join(project, "package.json"), join(floor, "package.json"));
    cpSync(join(project, "tsconfig.json"), join(floor, "tsconfig.json"));
  }
  writeFileSync(join(floorTsc, "index.ts"), floorProgram);
  // The deployable program alone, for the type-check's floor row: the project's own options.
  writeFileSync(join(project, programOnlyConfig), `${JSON.stringify({ extends: "./tsconfig.json", include: ["index.ts", "src/**/*.ts"] }, null, 2)}\n`);
  cpSync(join(project, "vitest.config.mts"), join(floorTests, "vitest.config.mts"));
  mkdirSync(join(floorTests, "test"));
  writeFileSync(join(floorTests, "test/floor.test.ts"), floorTest);
  return { project, floorTsc, floorTests };
}

const tscIn = (dir: string, ...options: string[]): Task => ({ command: process.execPath, args: [join(dir, "node_modules/typescript/bin/tsc"), "--noEmit", ...options], cwd: dir });
const npmTestIn = (dir: string): Task => ({ command: "npm", args: ["test"], cwd: dir });

export const projectTasks = (dirs: ProjectDirs) => ({
  tsc: tscIn(dirs.project),
  tscProgramOnly: tscIn(dirs.project, "-p", programOnlyConfig),
  floorTsc: tscIn(dirs.floorTsc),
  test: npmTestIn(dirs.project),
  floorTest: npmTestIn(dirs.floorTests),
});

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mutants, type Mutant } from "./support/mutants.js";
import { dependencySetsOf, sharedDependencies, unionOf } from "./support/matrix/dependencies.js";
import { renderCombination } from "./support/matrix/render.js";
import type { Combination } from "./support/matrix/combinations.js";
import { mapLimit, runProcess, tail, userEnv } from "./support/processes.js";

// The generated projects' own tests are the proof that a region failure leaves every user an answer,
// that writes reach the database from every region, that images and zones stay pinned and that CI
// presents what its roles trust. A proof that could not fail proves nothing: each mutant below puts
// one of those defects back into a generated project, and the project's tests must then fail, naming
// the behaviour that broke.
const projects: Record<Mutant["project"], Combination> = {
  route53: {
    label: "route53-geolocation",
    given: { name: "orders-api", routing: "geolocation", regions: ["us-east-1", "us-west-2", "eu-west-1"], writeForwarding: true, blueGreen: true },
    flags: [],
  },
  cloudflare: {
    label: "cloudflare-geolocation",
    given: { name: "orders-api", traffic: "cloudflare", routing: "geolocation", regions: ["us-east-1", "eu-west-1", "ap-southeast-1"] },
    flags: [],
  },
  "global-accelerator": {
    label: "global-accelerator-latency",
    given: { name: "orders-api", traffic: "global-accelerator", routing: "latency", regions: ["us-east-1", "us-west-2", "eu-west-1"] },
    flags: [],
  },
  "aurora-dsql": {
    label: "route53-aurora-dsql",
    given: { name: "orders-api", database: "aurora-dsql", regions: ["us-east-1", "us-east-2"] },
    flags: [],
  },
  "access-point": {
    label: "route53-access-point",
    given: { name: "orders-api", objectReplication: "access-point", regions: ["us-east-1", "eu-west-1"] },
    flags: [],
  },
};

// MUTANTS_PROJECTS=global-accelerator,aurora-dsql narrows a local run to those projects' mutants.
const chosen = (process.env.MUTANTS_PROJECTS?.split(",") ?? Object.keys(projects)) as Mutant["project"][];
for (const project of chosen) if (!(project in projects)) throw new Error(`MUTANTS_PROJECTS: no project ${project}; allowed: ${Object.keys(projects).join(", ")}`);
const chosenMutants = mutants.filter((mutant) => chosen.includes(mutant.project));

let dir: string;
const rendered = (project: Mutant["project"]) => join(dir, project);

/** Runs the named test files of a copy of the project, with `mutate` applied; the vitest output. */
async function runMutated(mutant: Mutant | undefined, project: Mutant["project"], files: string[]): Promise<{ code: number | null; output: string }> {
  const copy = mkdtempSync(join(dir, `${mutant?.name ?? "unchanged"}-`.replace(/[^a-z0-9-]+/gi, "-")));
  cpSync(rendered(project), copy, { recursive: true, filter: (source) => !source.endsWith("node_modules") });
  symlinkSync(join(rendered(project), "node_modules"), join(copy, "node_modules"), "dir");
  if (mutant) {
    const file = join(copy, mutant.file);
    const before = readFileSync(file, "utf8");
    const after = mutant.mutate(before);
    // A mutant that no longer applies would pass for the wrong reason.
    if (after === before) throw new Error(`mutant "${mutant.name}" no longer changes ${mutant.file}: update test/support/mutants.ts`);
    writeFileSync(file, after);
  }
  const run = await runProcess("npx", ["vitest", "run", ...files], { cwd: copy, env: userEnv(), killAfterMs: 5 * 60_000 });
  rmSync(copy, { recursive: true, force: true });
  return { code: run.code, output: run.output };
}

describe("the generated tests catch each region-survival or data-tier defect put back", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "multiregion-mutants-"));
    for (const project of chosen) await renderCombination(projects[project], rendered(project));
    // The same shared install as the matrix (the union of the projects' dependencies).
    const shared = await sharedDependencies(unionOf(chosen.flatMap((project) => dependencySetsOf(rendered(project), project))));
    for (const project of chosen) symlinkSync(shared.nodeModules, join(rendered(project), "node_modules"), "dir");
  }, 30 * 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("passes them all while nothing is broken", async () => {
    const outcomes = await mapLimit(chosen, 2, (project) => {
      const files = [...new Set(chosenMutants.filter((m) => m.project === project).flatMap((m) => m.tests))];
      return runMutated(undefined, project, files);
    });
    for (const outcome of outcomes) expect(outcome.code, tail(outcome.output, 30)).toBe(0);
  }, 10 * 60_000);

  it.each(chosenMutants.map((mutant) => [mutant.name, mutant] as const))("catches %s", async (_name, mutant) => {
    const { code, output } = await runMutated(mutant, mutant.project, mutant.tests);
    expect(code, `the tests passed with the defect put back:\n${tail(output, 30)}`).not.toBe(0);
    expect(output, tail(output, 40)).toContain(mutant.failing);
  }, 5 * 60_000);
});

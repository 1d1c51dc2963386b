import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { childrenCpuSeconds, mapLimit } from "../processes.js";
import type { Combination, Matrix } from "./combinations.js";
import { dependencySetsOf, sharedDependencies, unionOf } from "./dependencies.js";
import { undeclaredImports } from "./imports.js";
import { runTestsTogether } from "./project-tests.js";
import { renderCombination } from "./render.js";
import { typeCheckInOwnProcess } from "./typecheck.js";

export interface Outcome {
  rendered: boolean;
  typeChecked: boolean;
  tested: boolean;
  /** Everything wrong with the combination, each naming the generated file where one is known. */
  problems: string[];
}

export interface MatrixRun {
  dir: string;
  outcomes: Map<string, Outcome>;
  /** Type errors that belong to no combination. */
  outside: string[];
  installedNow: boolean;
  programs: number;
  /** Source files of the combinations, and how many distinct ones the type-check checked for them. */
  typeCheckedFiles: { total: number; checked: number };
  seconds: { render: number; install: number; typeCheck: number; tests: number; total: number };
  /** CPU seconds (user + system) of the processes the tests phase ran: less sensitive to other load than its duration. */
  testsCpu: number;
  /** How many vitest processes ran the combinations' tests. */
  testRuns: number;
}

/**
 * How many combinations share one vitest process at most: each keeps its mocked stacks in memory
 * until the process ends (a dozen take about 2 GB), and a process per core keeps both cores busy.
 */
const combinationsPerTestRun = 12;

const chunked = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const since = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/**
 * Renders every combination through the generator, installs their dependencies once, type-checks
 * them together and runs each one's own tests. Failures are collected per combination, never thrown.
 */
export async function runMatrix(matrix: Matrix, concurrency = Math.min(4, Math.max(2, availableParallelism()))): Promise<MatrixRun> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "multiregion-matrix-"));
  const outcomes = new Map<string, Outcome>(
    matrix.combinations.map((combination) => [combination.label, { rendered: false, typeChecked: false, tested: false, problems: [] }]),
  );
  const outcome = (combination: Combination) => outcomes.get(combination.label)!;
  const folder = (combination: Combination) => join(dir, combination.label);

  let phase = performance.now();
  for (const combination of matrix.combinations) {
    try {
      await renderCombination(combination, folder(combination));
      outcome(combination).rendered = true;
      outcome(combination).problems.push(...undeclaredImports(folder(combination)));
    } catch (error) {
      outcome(combination).problems.push(`generator failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  const rendered = matrix.combinations.filter((combination) => outcome(combination).rendered);
  const render = since(phase);

  if (rendered.length === 0) {
    return { dir, outcomes, outside: [], installedNow: false, programs: 0, typeCheckedFiles: { total: 0, checked: 0 }, testsCpu: 0, testRuns: 0, seconds: { render, install: 0, typeCheck: 0, tests: 0, total: since(started) } };
  }

  phase = performance.now();
  const dependencies = unionOf(rendered.flatMap((combination) => dependencySetsOf(folder(combination), combination.label)));
  const shared = await sharedDependencies(dependencies);
  symlinkSync(shared.nodeModules, join(dir, "node_modules"), "dir");
  for (const combination of rendered) symlinkSync(shared.nodeModules, join(folder(combination), "node_modules"), "dir");
  const install = since(phase);

  phase = performance.now();
  const labels = rendered.map((combination) => combination.label);
  const checked = await typeCheckInOwnProcess(dir, labels, shared.nodeModules);
  for (const combination of rendered) {
    const errors = checked.errors.get(combination.label) ?? [];
    if (errors.length > 0) outcome(combination).problems.push(`type-check: ${errors.length} error(s):\n${errors.join("\n")}`);
    else outcome(combination).typeChecked = checked.outside.length === 0;
  }
  const typeCheck = since(phase);

  phase = performance.now();
  const cpuBefore = childrenCpuSeconds();
  // Several combinations' tests in one vitest process, one such process per core: vitest, the
  // provider SDKs and the mock runtime load once per process instead of once per combination.
  const runs = chunked(labels, Math.min(combinationsPerTestRun, Math.ceil(labels.length / concurrency)));
  await mapLimit(runs, concurrency, async (chunk, index) => {
    const failures = await runTestsTogether(dir, chunk, `matrix-${index}`, join(shared.nodeModules, "..", "node-compile-cache"));
    for (const combination of rendered.filter((each) => chunk.includes(each.label))) {
      const failure = failures.get(combination.label);
      if (failure) outcome(combination).problems.push(`generated tests failed: ${failure}`);
      else outcome(combination).tested = true;
    }
  });
  const testsCpu = Math.round((childrenCpuSeconds() - cpuBefore) * 10) / 10;
  const tests = since(phase);

  return {
    dir,
    outcomes,
    outside: checked.outside,
    installedNow: shared.installedNow,
    programs: checked.programs,
    typeCheckedFiles: checked.files,
    testsCpu,
    testRuns: runs.length,
    seconds: { render, install, typeCheck, tests, total: since(started) },
  };
}

/** One line for the log: what was rendered, type-checked clean and tested green, and where time went. */
export function summaryLine(matrix: Matrix, run: MatrixRun): string {
  const all = [...run.outcomes.values()];
  const count = (key: "rendered" | "typeChecked" | "tested") => all.filter((outcome) => outcome[key]).length;
  const failed = all.filter((outcome) => outcome.problems.length > 0).length;
  const { render, install, typeCheck, tests, total } = run.seconds;
  return (
    `matrix: ${all.length} combinations: ${count("rendered")} rendered, ${count("typeChecked")} type-checked, ${count("tested")} tested, ` +
    `${failed} failed (${matrix.invalid.length} invalid excluded by the schema) in ${total} s ` +
    `[render ${render} s, install ${install} s${run.installedNow ? "" : " (reused)"}, type-check ${typeCheck} s of ${run.typeCheckedFiles.checked} distinct files for ${run.typeCheckedFiles.total} in ${run.programs} program(s), tests ${tests} s (${run.testsCpu} s of CPU) in ${run.testRuns} vitest process(es)]`
  );
}

export function removeRun(run: MatrixRun): void {
  rmSync(run.dir, { recursive: true, force: true });
}

import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runProcess, tail, userEnv } from "../processes.js";

/** A failure's message and its frames in the project's own files, without the test runner's. */
const brief = (message: string) =>
  message
    .split("\n")
    .filter((line) => !line.includes("/node_modules/") && !line.includes("(<anonymous>)"))
    .slice(0, 12)
    .join("\n");

/** What a vitest JSON report holds that is needed here. */
interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/**
 * Runs the own tests of several generated projects in one vitest process, as each project's
 * `npm test` would run them (its vitest.config.mts: one process, modules shared between files), so
 * that vitest, the provider SDKs and the mocks' runtime load once for all of them. Every project's
 * config must be the same file, used for all of them; its test files run project after project, so
 * that what one project's tests leave in the Pulumi runtime never reaches another's. Returns, for
 * each label, undefined when its tests passed, else what failed, naming the file and the test.
 */
export async function runTestsTogether(root: string, labels: string[], name: string, compileCache?: string): Promise<Map<string, string | undefined>> {
  const results = new Map<string, string | undefined>();
  const configs = new Set(labels.map((label) => readFileSync(join(root, label, "vitest.config.mts"), "utf8")));
  if (configs.size !== 1) throw new Error(`the generated vitest.config.mts files differ between ${labels.join(", ")}: they cannot share one run`);

  const configFile = join(root, `vitest.${name}.mts`);
  const reportFile = join(root, `vitest.${name}.json`);
  // The projects' own config, with its include rooted in each project's folder, and a sequencer
  // that keeps each project's files together (in vitest's usual order within a project).
  writeFileSync(
    configFile,
    [
      `import { BaseSequencer } from "vitest/node";`,
      `import own from "./${labels[0]}/vitest.config.mts";`,
      `const root = ${JSON.stringify(root)};`,
      `const labels = ${JSON.stringify(labels)};`,
      `const projectOf = (file) => labels.indexOf(file.slice(root.length + 1).split("/")[0]);`,
      `class ProjectAfterProject extends BaseSequencer {`,
      `  async sort(files) {`,
      `    const sorted = (await super.sort(files)).map((file, index) => ({ file, index }));`,
      `    return sorted.sort((a, b) => projectOf(a.file.moduleId) - projectOf(b.file.moduleId) || a.index - b.index).map(({ file }) => file);`,
      `  }`,
      `}`,
      `export default {`,
      `  ...own,`,
      `  test: {`,
      `    ...own.test,`,
      `    root,`,
      `    include: own.test.include.flatMap((pattern) => labels.map((label) => \`\${label}/\${pattern}\`)),`,
      `    sequence: { ...own.test.sequence, sequencer: ProjectAfterProject },`,
      `    reporters: ["dot", ["json", { outputFile: ${JSON.stringify(reportFile)} }]],`,
      `  },`,
      `};`,
      ``,
    ].join("\n"),
  );
  const run = await runProcess(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--config", configFile], {
    cwd: root,
    env: userEnv(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}),
    killAfterMs: 60 * 60_000,
  });

  let report: JsonReport | undefined;
  try {
    report = JSON.parse(readFileSync(reportFile, "utf8")) as JsonReport;
  } catch {
    report = undefined;
  }
  const problems = new Map<string, string[]>(labels.map((label) => [label, []]));
  const filesRun = new Map<string, number>(labels.map((label) => [label, 0]));
  for (const file of report?.testResults ?? []) {
    const [label, ...rest] = relative(root, file.name).split("/");
    const where = rest.join("/");
    if (!problems.has(label!)) continue;
    filesRun.set(label!, filesRun.get(label!)! + 1);
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    for (const test of failed) problems.get(label!)!.push(`FAIL ${where} > ${test.fullName}\n${brief(test.failureMessages.join("\n"))}`);
    if (file.status === "failed" && failed.length === 0) problems.get(label!)!.push(`FAIL ${where}: ${brief(file.message ?? "failed")}`);
  }
  const why = run.timedOut ? "was killed after 60 minutes" : `exited with ${run.code}`;
  for (const label of labels) {
    const found = problems.get(label)!;
    if (filesRun.get(label) === 0) found.push(`no test file of it ran: vitest ${why}:\n${tail(run.output, 25)}`);
    results.set(label, found.length > 0 ? found.join("\n") : undefined);
  }
  // A run that failed with every project green failed outside them (the config, a crash): say so on every project.
  if (run.code !== 0 && [...results.values()].every((problem) => problem === undefined)) {
    for (const label of labels) results.set(label, `the shared vitest run ${why}, with none of its tests failed:\n${tail(run.output, 25)}`);
  }
  return results;
}

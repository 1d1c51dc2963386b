// npm run bench (Node 24 runs this TypeScript as is): how fast create-multiregion and the project it
// writes are, each figure against a reference measured in the same run (the machine is shared:
// ratios hold better than absolute times when other work comes and goes).
// The repository's own npm test is measured by npm run bench:suite (bench/suite.ts): it takes as long as the suite.
// Options: --runs N (rounds after the warm-up; default 11, and 5 for the generated project's figures),
// --only scaffold,regen,project.
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { compare, resourceSource, type Comparison } from "./measure.ts";
import { prepareProject, projectTasks, type ProjectDirs } from "./project.ts";
import { regenerationTasks } from "./regen.ts";
import { formatReport, type Row } from "./report.ts";
import { builtWrapperVersion, createViteTask, gitBaselineTask, helpTask, removeScratch, scaffoldColdCacheTask, scaffoldTask, scaffoldWithoutGitTask } from "./scaffold.ts";

const { values } = parseArgs({ options: { runs: { type: "string" }, only: { type: "string", default: "scaffold,regen,project" } } });
const runs = values.runs ? Number(values.runs) : undefined;
if (runs !== undefined && !(Number.isInteger(runs) && runs >= 5)) throw new Error("--runs: a whole number, at least 5");
const only = new Set(values.only.split(","));
const progress = (text: string): boolean => process.stderr.write(`bench: ${text}\n`);
const failure = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n").slice(0, 5).join(" / ");

const version = builtWrapperVersion();
const [loadBefore = 0] = loadavg();
const rows: Row[] = [];

/** Measures one figure; a figure whose runs fail is reported with the reason, and the others go on. */
function figure(row: Omit<Row, "result">, measure: () => Comparison): void {
  progress(row.figure);
  try {
    rows.push({ ...row, result: measure() });
  } catch (error) {
    rows.push({ ...row, unavailable: `failed: ${failure(error)}` });
  }
}

function scaffolding(): void {
  const reference = "create-vite <dir> --template vanilla-ts --no-interactive";
  figure({ figure: "scaffold: create-multiregion <dir> --yes --skip-install", reference, target: { ratio: 3 } }, () =>
    compare(scaffoldTask(), createViteTask(), runs ?? 11),
  );
  figure({ figure: "scaffold with --skip-git (no baseline commit)", reference }, () => compare(scaffoldWithoutGitTask(), createViteTask(), runs ?? 11));
  figure({ figure: "scaffold, Node compile cache emptied before each run", reference, target: { ratio: 5 } }, () => compare(scaffoldColdCacheTask(), createViteTask(), runs ?? 11));
  figure({ figure: "floor: Node's start and the git baseline of the same files alone (no generator)", reference }, () =>
    compare(gitBaselineTask(), createViteTask(), runs ?? 11),
  );
}

function regeneration(): void {
  progress("regeneration: generating the project to regenerate");
  const regen = regenerationTasks();
  if ("unavailable" in regen) {
    rows.push({ figure: "regeneration", unavailable: `not available: ${regen.unavailable}` });
    return;
  }
  const reference = "create-vite (as above)";
  figure({ figure: `regeneration, an edit in every managed file (${regen.files})`, reference, target: { ratio: 1.5 } }, () =>
    compare(regen.edited, createViteTask(), runs ?? 11),
  );
  figure({ figure: "regeneration, no change", reference, target: { ms: 500 } }, () => compare(regen.unchanged, createViteTask(), runs ?? 11));
  figure({ figure: "floor: create-multiregion --help (Node's start and the command line: nothing rendered, read or written)", reference }, () =>
    compare(helpTask(), createViteTask(), runs ?? 11),
  );
}

function generatedProject(): void {
  progress("generated project: rendering, dependencies (installed once into .cache/bench), floors");
  let dirs: ProjectDirs;
  try {
    dirs = prepareProject(progress);
  } catch (error) {
    rows.push({ figure: "generated project", unavailable: `failed: ${failure(error)}` });
    return;
  }
  const tasks = projectTasks(dirs);
  const floorTsc = "tsc --noEmit of an empty Pulumi program importing @pulumi/pulumi and @pulumi/aws";
  figure({ figure: "generated project: tsc --noEmit", reference: floorTsc, target: { ratio: 1.2 } }, () => compare(tasks.tsc, tasks.floorTsc, runs ?? 5));
  figure({ figure: "floor: tsc --noEmit of the deployable program alone (index.ts and src/: no tests, scripts or policy pack)", reference: floorTsc }, () =>
    compare(tasks.tscProgramOnly, tasks.floorTsc, runs ?? 5),
  );
  const floorTest = "npm test of one mocked @pulumi/aws resource (same vitest config)";
  figure({ figure: "generated project: npm test", reference: floorTest, target: { ratio: 2 } }, () => compare(tasks.test, tasks.floorTest, runs ?? 5));
}

try {
  if (only.has("scaffold")) scaffolding();
  if (only.has("regen")) regeneration();
  if (only.has("project")) generatedProject();
} finally {
  removeScratch();
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, load average ${loadBefore.toFixed(1)} at start and ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
process.stdout.write(formatReport({ rows, machine, version, date: new Date().toISOString().slice(0, 10), resourceSource }));

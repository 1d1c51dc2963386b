import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enumerateMatrix, sliceOf } from "./support/matrix/combinations.js";
import { removeRun, runMatrix, summaryLine, type MatrixRun } from "./support/matrix/run.js";
import { typeCheckInOwnProcess } from "./support/matrix/typecheck.js";

// Every valid combination of the answers the schema marks for the matrix is generated, installed,
// type-checked against the real provider types and tested with its own tests, on every run
// (MATRIX_FILTER / MATRIX_SAMPLE narrow a local run to a slice: see sliceOf).
const matrix = sliceOf(enumerateMatrix());
let run: MatrixRun | undefined;

// Both describes below read the one run; it is removed after the last of them.
// A guard against hangs only: the whole matrix takes about an hour on a 2-core machine, and grows with it.
beforeAll(async () => {
  run = await runMatrix(matrix);
}, 3 * 60 * 60_000);

afterAll(() => {
  if (!run) return;
  console.log(summaryLine(matrix, run));
  const failed = [...run.outcomes.values()].some((outcome) => outcome.problems.length > 0) || run.outside.length > 0;
  if (failed || process.env.MATRIX_KEEP) console.log(`matrix: generated projects kept in ${run.dir}`);
  else removeRun(run);
});

describe("matrix of generated projects", () => {
  it("type-checks without errors outside the generated projects", () => {
    expect(run!.outside).toEqual([]);
  });

  it.each(matrix.combinations.map((combination) => [combination.label, combination] as const))(
    "%s renders, type-checks and passes its own tests",
    (_label, combination) => {
      const outcome = run!.outcomes.get(combination.label)!;
      if (outcome.problems.length > 0) {
        throw new Error(
          `${combination.label} (create-multiregion <dir> --yes ${combination.flags.join(" ")}):\n${outcome.problems.join("\n")}`,
        );
      }
      expect(outcome).toMatchObject({ rendered: true, typeChecked: true, tested: true });
    },
  );
});

// The merged type-check checks a file once for every combination holding it with the same imports:
// this proves it still reports an error that only another file's content causes, on the projects
// where it does and on no other. It uses the TypeScript the matrix installed.
describe("type-check shared between combinations", () => {
  const tsconfig = JSON.stringify({ compilerOptions: { module: "nodenext", strict: true, types: [] }, include: ["src/**/*.ts"] });
  const shared = {
    "package.json": JSON.stringify({ type: "module" }),
    "tsconfig.json": tsconfig,
    "src/stack.ts": `import { size } from "./config.js";\nexport const doubled: number = size * 2;\n`,
    "src/broken.ts": `export const wrong: string = 1;\n`,
  };
  const projects: Record<string, Record<string, string>> = {
    numbers: { ...shared, "src/config.ts": "export const size: number = 1;\n" },
    strings: { ...shared, "src/config.ts": `export const size: string = "1";\n` },
    "numbers-again": { ...shared, "src/config.ts": "export const size: number = 1;\n" },
  };

  it("reports an error on every project holding the file, and one another file causes only where it does", async () => {
    const root = join(run!.dir, "typecheck-fixture");
    for (const [label, files] of Object.entries(projects)) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, label, path)), { recursive: true });
        writeFileSync(join(root, label, path), content);
      }
    }
    const checked = await typeCheckInOwnProcess(root, Object.keys(projects), join(run!.dir, "node_modules"));
    const wrong = "src/broken.ts(1,14): error TS2322: Type 'number' is not assignable to type 'string'.";
    expect(checked.outside).toEqual([]);
    expect(Object.fromEntries(checked.errors)).toEqual({
      numbers: [wrong],
      strings: [wrong, expect.stringMatching(/^src\/stack\.ts\(2,32\): error TS2362: /)],
      "numbers-again": [wrong],
    });
    // broken.ts once; stack.ts and config.ts once for numbers and once for strings.
    expect(checked.files).toEqual({ total: 9, checked: 5 });
  });
});

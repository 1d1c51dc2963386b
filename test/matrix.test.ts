import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enumerateMatrix, sliceOf } from "./support/matrix/combinations.js";
import { removeRun, runMatrix, summaryLine, type MatrixRun } from "./support/matrix/run.js";

// Every valid combination of the answers the schema marks for the matrix is generated, installed,
// type-checked against the real provider types and tested with its own tests, on every run
// (MATRIX_FILTER / MATRIX_SAMPLE narrow a local run to a slice: see sliceOf).
const matrix = sliceOf(enumerateMatrix());
let run: MatrixRun | undefined;

describe("matrix of generated projects", () => {
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

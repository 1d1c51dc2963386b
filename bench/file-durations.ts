// A vitest reporter for npm run bench:suite: each test file's own time, its import and every test
// and hook in it (vitest's JSON report spans a file's tests only, which leaves out a beforeAll that
// does the file's work, as the matrix's does). Writes { file: milliseconds } to BENCH_FILE_DURATIONS.
import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export default class FileDurations implements Reporter {
  readonly #durations: Record<string, number> = {};

  onTestModuleEnd(module: TestModule): void {
    const { collectDuration, duration } = module.diagnostic();
    this.#durations[module.moduleId] = collectDuration + duration;
  }

  onTestRunEnd(): void {
    const file = process.env.BENCH_FILE_DURATIONS;
    if (file) writeFileSync(file, JSON.stringify(this.#durations));
  }
}

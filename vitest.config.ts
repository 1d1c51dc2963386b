import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // yeoman-test changes the working directory: every test file needs its own process.
    pool: "forks",
    // A file per core (vitest's default leaves one core out): the matrix runs its own processes on every
    // core, and the other files, many of them waiting on child processes or the registry, run beside it.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

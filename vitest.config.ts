import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // yeoman-test changes the working directory: every test file needs its own process.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

// Loaded into every Node process of a measured run (NODE_OPTIONS=--import=...) when GNU time is not
// installed: appends the process's peak resident memory (KB) and CPU time (s) to the file the bench reads.
import { appendFileSync } from "node:fs";

const file = process.env.MULTIREGION_BENCH_RSS;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}

// Loaded into every Node process of a measured run (NODE_OPTIONS=--import=...) when GNU time is not
// installed: appends the process's peak resident memory, in KB, to the file the bench reads.
import { appendFileSync } from "node:fs";

const file = process.env.MULTIREGION_BENCH_RSS;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));

// The floor under a scaffold: Node's start, then the git baseline of a project's files, with the
// generator's own commands and nothing else (no generator loaded, nothing rendered or written).
// Plain JavaScript, so that Node does not load its TypeScript stripper, which a scaffold never does;
// it runs the built commands (npm run bench builds first). Usage: node bench/git-baseline.mjs <dir>
import { spawnSync } from "node:child_process";
import { baselineCommands, fallbackIdentity } from "../dist/src/project/git.js";
import { pendingDir } from "../dist/src/regen/journal.js";

const cwd = process.argv[2];
const git = (args) => spawnSync("git", args, { cwd, stdio: "pipe" }).status;
const [init, add, commit] = baselineCommands("Generate the project", pendingDir);
if (git(init) !== 0 || git(add) !== 0 || (git(commit) !== 0 && git([...fallbackIdentity, ...commit]) !== 0)) {
  process.stderr.write(`git-baseline: git failed in ${cwd}\n`);
  process.exit(1);
}

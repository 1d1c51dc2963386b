import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** Whether `dir` lies inside a git work tree: a `.git` in it or above it (no process spawned). */
export function insideGitWorkTree(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return true;
    if (dirname(current) === current) return false;
  }
}

/** Identity for the first commit on machines where git has none configured. */
export const fallbackIdentity = ["-c", "user.name=generator-multiregion", "-c", "user.email=generator-multiregion@localhost"];

/**
 * The git commands of a new project's first commit, in order: a repository on `main` (the generated
 * CI deploys from main, whatever git's own default branch name is), every file staged but `excluded`,
 * and the commit itself with `message`.
 */
export const baselineCommands = (message: string, excluded: string): [init: string[], add: string[], commit: string[]] => [
  ["init", "--quiet", "--initial-branch=main"],
  ["add", "--all", "--", ".", `:(exclude)${excluded}`],
  ["commit", "--quiet", "-m", message],
];

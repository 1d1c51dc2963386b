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

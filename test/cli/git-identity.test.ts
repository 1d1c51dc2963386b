import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { insideGitWorkTree } from "../../src/project/git.js";
import { runCli, tempDir } from "./run-cli.js";

describe("the first commit", () => {
  it("is made even where git has no identity configured", async () => {
    const home = tempDir();
    const target = join(tempDir(), "svc");
    // An empty HOME and no system config: git knows no user.
    const result = await runCli([target, "--yes", "--skip-install"], { env: { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: "1" } });
    expect(result.code, result.stderr).toBe(0);
    expect(execFileSync("git", ["log", "--format=%an <%ae>"], { cwd: target, encoding: "utf8" }).trim()).toBe("generator-multiregion <generator-multiregion@localhost>");
  });

  it("knows a work tree from its .git, however deep the folder", () => {
    const root = tempDir();
    mkdirSync(join(root, "a", "b"), { recursive: true });
    expect(insideGitWorkTree(join(root, "a", "b"))).toBe(false);
    writeFileSync(join(root, ".git"), "gitdir: elsewhere\n");
    expect(insideGitWorkTree(join(root, "a", "b"))).toBe(true);
  });
});

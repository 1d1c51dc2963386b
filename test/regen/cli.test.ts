import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { runCli, tempDir, treeOf } from "../cli/run-cli.js";
import { append, edit, read, snapshot, upgradedTemplates } from "./project-fixture.js";

/**
 * The whole story as a user lives it, through the built create-multiregion with no terminal:
 * generate, edit, regenerate months later with newer templates and one more region.
 */
const git = (dir: string, ...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
const regionsOf = (dir: string) =>
  Object.fromEntries(
    (parse(read(dir, "Pulumi.dev.yaml")).config["svc:regions"] as { region: string; cidrBlock: string }[]).map((region) => [region.region, region.cidrBlock]),
  );

describe("create-multiregion <dir> on a generated project, no terminal", () => {
  it("keeps every edit through an upgrade and an added region; conflicts fail the run by name; a further run and --dry-run write nothing", async () => {
    const dir = join(tempDir(), "svc");
    const first = await runCli([dir, "--yes", "--skip-install"]);
    expect(first.code, first.stderr).toBe(0);
    const blocks = regionsOf(dir);

    // The team's edits, several in files the upgrade and the new region also change.
    edit(dir, "src/network.ts", /^ {2}\/\*\* The region's VPC block[^\n]*$/m, "  /** Our VPC block: always a /16 (ours). */");
    append(dir, "src/network.ts", "// ours: end of network\n");
    append(dir, "README.md", "\n## Our runbook\n\nPage the on-call first.\n");
    append(dir, "Pulumi.dev.yaml", "  svc:teamOwner: payments # ours\n");
    edit(dir, "src/stack.ts", /^(import[^\n]*\n)/, "$1// ours: reviewed\n");
    writeFileSync(join(dir, "src/custom/index.ts"), "// ours: all custom\nexport {};\n");
    writeFileSync(join(dir, "notes.md"), "our own file\n");
    execFileSync("rm", [join(dir, "test/providers.test.ts")]);
    const ours = [
      ["src/network.ts", "  /** Our VPC block: always a /16 (ours). */"],
      ["src/network.ts", "// ours: end of network"],
      ["README.md", "## Our runbook"],
      ["Pulumi.dev.yaml", "  svc:teamOwner: payments # ours"],
      ["src/stack.ts", "// ours: reviewed"],
    ] as const;

    const templates = upgradedTemplates({
      "src/network.ts": (text) => text.replace(/^ {2}\/\*\* The region's VPC block[^\n]*$/m, "  /** The region's VPC block (upgraded wording). */"),
      "README.md": (text) => `<!-- upgraded README -->\n${text}`,
      "src/providers.ts": (text) => `// upgraded providers\n${text}`,
      "src/custom/index.ts": (text) => `// upgraded custom template\n${text}`,
    });
    const env = { [templatesOverrideVariable]: templates };
    const args = [dir, "--regions", "us-east-1,eu-west-1,eu-central-1", "--skip-install"];

    const regen = await runCli(args, { env });
    expect(regen.code).toBe(1);
    const errors = regen.stderr.trim().split("\n");
    expect(errors.at(-1)).toMatch(/^create-multiregion: 1 file in conflict: src\/network\.ts; resolve the <<<<<<< markers/);
    expect(regen.stderr).toMatch(/warning: \d+ uncommitted changes in the git work tree/);
    expect(regen.stderr).toMatch(/^ {2}merged +README\.md$/m);
    expect(regen.stderr).toMatch(/^ {2}merged +Pulumi\.dev\.yaml$/m);
    expect(regen.stderr).toMatch(/^ {2}updated +src\/providers\.ts$/m);
    expect(regen.stderr).toMatch(/^ {2}deleted-by-you +test\/providers\.test\.ts/m);
    expect(regen.stderr).toMatch(/^ {2}kept +src\/custom\/index\.ts/m);
    expect(regen.stderr).toMatch(/^ {2}conflict +src\/network\.ts +\(1 conflicting section/m);
    expect(regen.stderr).not.toMatch(/Overwrite|\? /);

    for (const [path, line] of ours) expect(read(dir, path), `${path} lost "${line}"`).toContain(line);
    expect(read(dir, "src/network.ts")).toContain("=======\n  /** The region's VPC block (upgraded wording). */\n>>>>>>> generator-multiregion");
    expect(read(dir, "README.md")).toMatch(/^<!-- upgraded README -->/);
    expect(read(dir, "README.md")).toContain("eu-central-1");
    expect(read(dir, "src/providers.ts")).toMatch(/^\/\/ upgraded providers/);
    expect(read(dir, "src/custom/index.ts")).toBe("// ours: all custom\nexport {};\n");
    expect(read(dir, "notes.md")).toBe("our own file\n");
    expect(treeOf(dir)["test/providers.test.ts"]).toBeUndefined();
    expect(regionsOf(dir)).toMatchObject(blocks);
    expect(Object.keys(regionsOf(dir))).toEqual(["us-east-1", "eu-west-1", "eu-central-1"]);

    // A further run changes nothing (the unresolved conflict still fails it).
    const settled = snapshot(dir);
    const again = await runCli(args, { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/conflict +src\/network\.ts +\(unresolved/);
    expect(snapshot(dir)).toEqual(settled);

    // Resolved and committed: a run succeeds and still writes nothing.
    edit(dir, "src/network.ts", /<<<<<<< yours \(src\/network\.ts\)\n([^\n]*\n)=======\n[^\n]*\n>>>>>>> [^\n]*\n/, "$1");
    git(dir, "add", "--all");
    git(dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "regenerated");
    const resolved = snapshot(dir);
    const clean = await runCli(args, { env });
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).not.toMatch(/warning: .*uncommitted/);
    expect(snapshot(dir)).toEqual(resolved);

    // --dry-run of a real change: the diffs and the summary, and not one byte written.
    const dry = await runCli([...args, "--routing", "weighted", "--dry-run"], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^--- a\/Pulumi\.dev\.yaml\n\+\+\+ b\/Pulumi\.dev\.yaml\n/m);
    expect(dry.stdout).toMatch(/^-  svc:routing: latency\n\+  svc:routing: weighted$/m);
    expect(dry.stderr).toMatch(/Dry run with generator-multiregion .*nothing was written/);
    expect(dry.stderr).toMatch(/^ {2}merged +Pulumi\.dev\.yaml$/m);
    expect(snapshot(dir)).toEqual(resolved);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("create-multiregion . inside the project works the same", async () => {
    const dir = join(tempDir(), "svc");
    expect((await runCli([dir, "--yes", "--skip-install", "--skip-git"])).code).toBe(0);
    append(dir, "README.md", "ours\n");
    const before = snapshot(dir);
    const result = await runCli([".", "--skip-install"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Nothing to change: the project is up to date\./);
    expect(snapshot(dir)).toEqual(before);
  });
});

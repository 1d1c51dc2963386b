import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/arguments.js";
import { commandsOf, packageManagerFromAgent } from "../../src/cli/package-manager.js";
import { createdLines, folderForCd } from "../../src/cli/scaffold-report.js";

describe("the folder in `cd <folder>`", () => {
  it("is relative to where the command ran, quoted when the shell needs it, absent for the same folder", () => {
    expect(folderForCd("/home/me", "/home/me/shop")).toBe("shop");
    expect(folderForCd("/home/me", "/home/me")).toBeUndefined();
    expect(folderForCd("/home/me/a/b/c/d", "/srv/x")).toBe("/srv/x");
    expect(folderForCd("/home/me", "/home/me/Billing API")).toBe("'Billing API'");
    expect(folderForCd("/home/me", "/home/me/it's")).toBe("'it'\\''s'");
  });
});

describe("what a new project got", () => {
  it("counts the files by top-level folder, largest first, in one line", () => {
    const paths = ["src/a.ts", "src/b.ts", "test/a.test.ts", "README.md", "package.json"];
    expect(createdLines(paths, { name: "shop", folder: "shop", dryRun: false, verbose: false })).toEqual([
      "Created shop in shop: 5 files (src/ 2, test/ 1, 2 at the top), and the regeneration base in .multiregion/ (commit it with the rest).",
    ]);
    expect(createdLines(paths, { name: "shop", dryRun: true, verbose: true })).toEqual([
      "Dry run: would create shop here: 5 files (src/ 2, test/ 1, 2 at the top), and the regeneration base in .multiregion/; nothing was written.",
      "  README.md", "  package.json", "  src/a.ts", "  src/b.ts", "  test/a.test.ts",
    ]);
  });
});

describe("the package manager", () => {
  it("comes from npm_config_user_agent", () => {
    expect(packageManagerFromAgent("pnpm/10.2.0 npm/? node/v24.11.0 linux x64")).toBe("pnpm");
    expect(packageManagerFromAgent("bun/1.2.2 npm/? node/v24.3.0 linux x64")).toBe("bun");
    expect(packageManagerFromAgent("deno/2.1")).toBeUndefined();
    expect(packageManagerFromAgent(undefined)).toBeUndefined();
  });

  it("gives the commands of each, bun's tests through its script runner", () => {
    expect(commandsOf("npm").run("cost", "--stack dev", { silent: true })).toBe("npm run --silent cost -- --stack dev");
    expect(commandsOf("pnpm").run("cost", "--stack dev", { silent: true })).toBe("pnpm --silent run cost --stack dev");
    expect(commandsOf("bun").test).toBe("bun run test");
    expect(commandsOf("yarn").run("typecheck")).toBe("yarn run typecheck");
  });
});

describe("the command line", () => {
  it("takes a value that starts with a dash when it is no option", () => {
    expect(parseCommandLine(["svc", "--min-size", "-1", "--no-blue-green", "-y"])).toEqual({
      values: { "min-size": "-1", "blue-green": false, yes: true },
      positionals: ["svc"],
    });
  });
});

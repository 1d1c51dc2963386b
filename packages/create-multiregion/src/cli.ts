import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCommandLine } from "../../../src/cli/arguments.js";
import { invocationKey, readInvocation } from "../../../src/cli/options.js";
import { helpText } from "../../../src/cli/help.js";

const usage = "create-multiregion [dir] [options]   (npm create multiregion@latest [dir] -- [options])";

/** This package's version, from its package.json (beside bin/ and dist/). */
function ownVersion(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

/** Runs the generator in `dir` (created when missing) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let createdDir: string | undefined;
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      process.stdout.write(helpText(usage));
      return 0;
    }
    if (values.version) {
      process.stdout.write(`create-multiregion ${ownVersion()}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new Error(`too many arguments (${positionals.join(" ")}); allowed: one target folder`);
    const target = resolve(positionals[0] ?? ".");
    if (existsSync(target) && !statSync(target).isDirectory()) {
      throw new Error(`${target}: is a file; allowed: a folder (a new or empty one, or a generated project)`);
    }
    if (!existsSync(target)) {
      try {
        mkdirSync(target, { recursive: true });
      } catch (error) {
        throw new Error(`${target}: cannot be created (${(error as NodeJS.ErrnoException).code ?? "error"}); allowed: a folder path you can write to`);
      }
      createdDir = target;
    }
    const invocation = readInvocation(values);
    const { createEnv } = await import("./environment.js");
    const generatorsDir = join(dirname(fileURLToPath(import.meta.url)), "generators");
    const env = createEnv({ cwd: target, skipInstall: invocation.run.skipInstall } as never);
    env.register(join(generatorsDir, "app", "index.js"), { namespace: "multiregion:app", packagePath: dirname(generatorsDir) } as never);
    await env.run(["multiregion:app"], { [invocationKey]: invocation } as never);
    return 0;
  } catch (error) {
    process.stderr.write(`create-multiregion: ${(error as Error).message}\n`);
    return 1;
  } finally {
    // A folder made for a run that wrote nothing (an error, --dry-run) goes again.
    if (createdDir && readdirSync(createdDir).length === 0) rmdirSync(createdDir);
  }
}

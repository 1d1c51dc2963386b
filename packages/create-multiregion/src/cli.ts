import { existsSync, mkdirSync, readdirSync, rmdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { helpText } from "../../../src/cli/help.js";
import { cliOptions } from "../../../src/cli/options.js";

const usage = "create-multiregion [dir] [options]   (npm create multiregion@latest [dir] -- [options])";

const parseOptions: ParseArgsOptionsConfig = Object.fromEntries(
  cliOptions.map((option) => [option.name, { type: option.type, ...(option.alias ? { short: option.alias } : {}) }]),
);

/** `create-vite`-style: npm_config_user_agent says which package manager ran us ("pnpm/9.1 node/v24 ..."). */
function packageManager(): string | undefined {
  const name = process.env.npm_config_user_agent?.split("/")[0];
  return name && ["npm", "pnpm", "yarn", "bun"].includes(name) ? name : undefined;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: parseOptions, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    const flag = /'(-[^']+)'/.exec((error as Error).message)?.[1];
    throw new Error(
      flag ? `unknown option ${flag}; allowed: the options listed by --help` : `${(error as Error).message.split(". ")[0]}; see --help`,
    );
  }
}

/** Runs the generator in `dir` (created when missing) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let createdDir: string | undefined;
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      process.stdout.write(helpText(usage));
      return 0;
    }
    if (positionals.length > 1) throw new Error(`too many arguments (${positionals.join(" ")}); allowed: one target folder`);
    const target = resolve(positionals[0] ?? ".");
    if (!existsSync(target)) {
      mkdirSync(target, { recursive: true });
      createdDir = target;
    }
    const { createEnv } = await import("./environment.js");
    const generatorsDir = join(dirname(fileURLToPath(import.meta.url)), "generators");
    const env = createEnv({ cwd: target, skipInstall: Boolean(values["skip-install"]), nodePackageManager: packageManager() } as never);
    env.register(join(generatorsDir, "app", "index.js"), { namespace: "multiregion:app", packagePath: dirname(generatorsDir) } as never);
    await env.run(["multiregion:app"], { ...values, skipInstall: values["skip-install"], dryRun: values["dry-run"] } as never);
    return 0;
  } catch (error) {
    process.stderr.write(`create-multiregion: ${(error as Error).message}\n`);
    return 1;
  } finally {
    // A folder made for a run that wrote nothing (an error, --dry-run) goes again.
    if (createdDir && readdirSync(createdDir).length === 0) rmdirSync(createdDir);
  }
}

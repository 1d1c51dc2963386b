import { flagName } from "../answers/flags.js";
import { answerNames, specOf } from "../answers/spec.js";
import { replaceAuroraOption } from "../regen/primary-region.js";

/** A command-line option of `yo multiregion` and `create-multiregion`. */
export interface CliOption {
  name: string;
  type: "boolean" | "string";
  description: string;
  alias?: string;
  /** Shown in --help. */
  allowed?: string;
  defaultText?: string;
}

/** Options that steer the run rather than answer a question. */
export const runOptions: CliOption[] = [
  { name: "yes", alias: "y", type: "boolean", description: "Take the default for every answer not given; ask nothing" },
  { name: "answers", type: "string", description: "Read answers from a JSON file keyed by answer name (as .yo-rc.json stores them)", allowed: "path to a .json file" },
  { name: "reconfigure", type: "boolean", description: "In a generated project: ask every question again, stored answers as defaults (needs a terminal)" },
  { name: "dry-run", type: "boolean", description: "Print what would change, file by file, and write nothing" },
  {
    name: "check",
    type: "boolean",
    description: "Exit 1 if a regeneration would change the project, one line per file; write nothing",
  },
  {
    name: "on-conflict",
    type: "string",
    description: "When your edit and a template change touch the same lines",
    allowed: "markers (<<<<<<< in the file), new-file (write <file>.multiregion-new)",
    defaultText: "markers",
  },
  {
    name: replaceAuroraOption,
    type: "boolean",
    description: "Accept a primary-region change that replaces the Aurora clusters (their data is lost)",
  },
  { name: "skip-install", type: "boolean", description: "Do not install the generated project's dependencies" },
  { name: "skip-git", type: "boolean", description: "Do not start a git repository with a first commit" },
  { name: "verbose", type: "boolean", description: "List every file written, not only the summary" },
  { name: "version", type: "boolean", description: "Print the version and exit" },
  { name: "help", alias: "h", type: "boolean", description: "Print this help" },
];

/** One option per answer, named after it in kebab-case. */
export const answerOptions: CliOption[] = answerNames.map((name) => {
  const spec = specOf(name);
  return {
    name: flagName(name),
    type: spec.kind === "boolean" ? "boolean" : "string",
    description: spec.description,
    allowed: spec.allowed,
    defaultText: spec.defaultText,
  };
});

export const cliOptions: CliOption[] = [...answerOptions, ...runOptions];

const camel = (name: string) => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Keys Yeoman, yeoman-environment, yo and yeoman-test put into a generator's options themselves.
 * Anything else that is not one of our options was a mistyped or unknown flag.
 */
const frameworkKeys = new Set([
  "_", "env", "resolved", "namespace", "namespaceId", "_meta", "sharedData", "forwardErrorToEnvironment",
  "skipCache", "skipLocalCache", "skipParseOptions", "localConfigOnly", "askAnswered", "forceInstall", "force",
  "dryRun", "whitespace", "bail", "skipYoResolve", "cwd", "logCwd", "experimental", "destinationRoot",
  "skipCheckEnv", "ignoreVersionCheck", "skipGlobalConfig", "description", "insight", "debug", "localOnly", "generators", "version", "environmentVersion", "skipChecks", "nodePackageManager",
  "skip-cache", "skip-local-cache", "skip-parse-options", "local-config-only", "ask-answered", "force-install",
  "skip-yo-resolve", "log-cwd", "destination-root", "local-only", "environment-version", "skip-checks",
]);

/** Option keys that are neither ours nor the framework's: what the user mistyped. */
export function unknownOptions(options: Record<string, unknown>, argumentNames: string[] = []): string[] {
  const known = new Set(frameworkKeys);
  for (const option of cliOptions) {
    known.add(option.name).add(camel(option.name));
    if (option.alias) known.add(option.alias);
  }
  argumentNames.forEach((name) => known.add(name));
  return Object.keys(options).filter((key) => !known.has(key) && options[key] !== undefined);
}

import { flagName, flagOf, parseFlagValue } from "../answers/flags.js";
import { deprecationWarning, renamedAnswers, renameOldAnswers } from "../answers/renamed.js";
import { answerNames, specOf, type AnswerName, type Answers } from "../answers/spec.js";
import { conflictMode } from "../regen/conflict-mode.js";
import type { ConflictMode } from "../regen/decide.js";

/** A command-line option of `yo multiregion` and `create-multiregion`, as written (kebab-case). */
export interface CliOption {
  name: string;
  type: "boolean" | "string";
  description: string;
  alias?: string;
  /** Shown in --help. */
  allowed?: string;
  defaultText?: string;
}

/** The run options, typed, as the generator uses them once the command line is read. */
export interface RunOptions {
  yes: boolean;
  /** Path of an --answers file, relative to where the command ran. */
  answers?: string;
  reconfigure: boolean;
  dryRun: boolean;
  check: boolean;
  onConflict: ConflictMode;
  replaceAurora: boolean;
  replaceLoadBalancers: boolean;
  skipInstall: boolean;
  skipGit: boolean;
  verbose: boolean;
  version: boolean;
  help: boolean;
}

type RunOptionSpec = Omit<CliOption, "name">;

/** Options that steer the run rather than answer a question, in --help order; the flag is the key in kebab-case. */
const runOptionSpecs: { [K in keyof RunOptions]-?: RunOptionSpec } = {
  yes: { alias: "y", type: "boolean", description: "Take the default for every answer not given; ask nothing" },
  answers: { type: "string", description: "Read answers from a JSON file keyed by answer name (as .yo-rc.json stores them)", allowed: "path to a .json file" },
  reconfigure: { type: "boolean", description: "In a generated project: ask every question again, stored answers as defaults (needs a terminal)" },
  dryRun: { type: "boolean", description: "Print what would change, file by file, and write nothing" },
  check: { type: "boolean", description: "Exit 1 if a regeneration would change the project, one line per file; write nothing" },
  onConflict: {
    type: "string",
    description: "When your edit and a template change touch the same lines",
    allowed: "markers (<<<<<<< in the file), new-file (write <file>.multiregion-new)",
    defaultText: "markers",
  },
  replaceAurora: { type: "boolean", description: "Accept a primary-region change that replaces the Aurora clusters (their data is lost)" },
  replaceLoadBalancers: { type: "boolean", description: "Accept a regeneration that replaces every region's load balancer (internet-facing to internal or back)" },
  skipInstall: { type: "boolean", description: "Do not install the generated project's dependencies" },
  skipGit: { type: "boolean", description: "Do not start a git repository with a first commit" },
  verbose: { type: "boolean", description: "List every file written, not only the summary" },
  version: { type: "boolean", description: "Print the version and exit" },
  help: { alias: "h", type: "boolean", description: "Print this help" },
};

export type RunOptionName = keyof RunOptions;

const runOptionNames = Object.keys(runOptionSpecs) as RunOptionName[];

export const runOptions: CliOption[] = runOptionNames.map((name) => ({ name: flagName(name), ...runOptionSpecs[name] }));

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

/** Old answer flags that still work with a warning (`--dns`); not listed by --help. */
export const deprecatedOptions: CliOption[] = Object.entries(renamedAnswers).map(([old, name]) => {
  const option = answerOptions.find((candidate) => candidate.name === flagName(name))!;
  return { ...option, name: flagName(old), description: `Deprecated: use ${flagOf(name)}` };
});

export const cliOptions: CliOption[] = [...answerOptions, ...runOptions, ...deprecatedOptions];

/** What the command line asked for, typed: the run options, the answers given as flags, and warnings to show. */
export interface Invocation {
  run: RunOptions;
  answers: Partial<Answers>;
  /** The flag an answer was given with, where it is not the answer's own (`traffic: "--dns"`), for messages. */
  spelled: Partial<Record<AnswerName, string>>;
  /** One line each, for stderr: deprecated flags used. */
  notices: string[];
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The generator option that carries an Invocation read elsewhere (the wrapper, the region generator): not a flag. */
export const invocationKey = "invocation";

/**
 * The one place where options as a command line spells them become the typed Invocation used inward.
 * `raw` holds options as node:util's parseArgs or Yeoman's parser leave them, keyed by flag name
 * (`dry-run`); yo and yeoman-test may key them by name (`dryRun`), so both are read. Answer values
 * are converted to their types here and validated later, all together.
 */
export function readInvocation(raw: Record<string, unknown>): Invocation {
  const given = (name: string) => raw[flagName(name)] ?? raw[name] ?? undefined;
  // Yeoman gives its own switches (skip-install) a default of false under one spelling only.
  const on = (name: RunOptionName) => Boolean(raw[flagName(name)] || raw[name]);
  const flags: Record<string, unknown> = {};
  for (const name of [...answerNames, ...Object.keys(renamedAnswers)]) {
    const value = given(name);
    if (value !== undefined) flags[name] = value;
  }
  const { values, renamed } = renameOldAnswers(flags, flagOf);
  const answers = Object.fromEntries(
    answerNames.filter((name) => values[name] !== undefined).map((name) => [name, parseFlagValue(specOf(name).kind, values[name])]),
  ) as Partial<Answers>;
  const answersFile = given("answers");
  const run: RunOptions = {
    yes: on("yes"),
    answers: typeof answersFile === "string" && answersFile !== "" ? answersFile : undefined,
    reconfigure: on("reconfigure"),
    dryRun: on("dryRun"),
    check: on("check"),
    onConflict: conflictMode(given("onConflict")),
    replaceAurora: on("replaceAurora"),
    replaceLoadBalancers: on("replaceLoadBalancers"),
    skipInstall: on("skipInstall"),
    skipGit: on("skipGit"),
    verbose: on("verbose"),
    version: on("version"),
    help: on("help"),
  };
  const spelled = Object.fromEntries(renamed.map(({ old, name }) => [name, flagOf(old)]));
  return { run, answers, spelled, notices: renamed.map((renaming) => deprecationWarning(renaming, flagOf)) };
}

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
  const known = new Set([...frameworkKeys, invocationKey]);
  for (const option of cliOptions) {
    known.add(option.name).add(camel(option.name));
    if (option.alias) known.add(option.alias);
  }
  argumentNames.forEach((name) => known.add(name));
  return Object.keys(options).filter((key) => !known.has(key) && options[key] !== undefined);
}

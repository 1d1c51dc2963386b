import { parseArgs } from "node:util";
import { AnswerError } from "../answers/validate.js";
import { cliOptions, type CliOption } from "./options.js";

export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const byName = new Map(cliOptions.map((option) => [option.name, option]));
const byAlias = new Map(cliOptions.filter((option) => option.alias).map((option) => [option.alias!, option]));

/** Whether a word on the command line is one of our options (`--yes`, `-y`, `--no-blue-green`, `--routing=x`). */
function isOption(word: string): boolean {
  if (/^-[A-Za-z]$/.test(word)) return byAlias.has(word.slice(1));
  const name = /^--([^=]+)/.exec(word)?.[1];
  if (!name) return false;
  return byName.has(name) || byName.get(name.replace(/^no-/, ""))?.type === "boolean";
}

function allowedFor(option: CliOption): string {
  return option.allowed ?? "a value";
}

/**
 * The wrapper's command line, parsed by node:util's parseArgs; each mistake is one line that says
 * what was wrong: an unknown option, a value missing (`--routing --yes`), a value given to a switch
 * (`--blue-green=false`). A value that starts with a dash and is no option is a value (`--min-size -1`):
 * the answer's own validation then says what is wrong with it.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const options = Object.fromEntries(cliOptions.map((option) => [option.name, { type: option.type, ...(option.alias ? { short: option.alias } : {}) }]));
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const negated = byName.get(token.name.replace(/^no-/, ""));
    const option = byName.get(token.name) ?? (negated?.type === "boolean" ? negated : undefined);
    if (!option || (option.type === "string" && token.rawName.startsWith("--no-"))) throw new AnswerError(`unknown option ${token.rawName}; allowed: the options listed by --help`);
    if (option.type === "boolean" && token.value !== undefined) {
      throw new AnswerError(`${token.rawName}=${token.value}: a switch takes no value; allowed: --${option.name} or --no-${option.name}`);
    }
    if (option.type === "string" && (token.value === undefined || (!token.inlineValue && isOption(token.value)))) {
      const next = token.value === undefined ? "" : ` (${token.value} is the next option)`;
      throw new AnswerError(`${token.rawName}: no value given${next}; allowed: ${allowedFor(option)}`);
    }
  }
  return { values: values as CommandLine["values"], positionals };
}

import { answerOptions, runOptions, type CliOption } from "./options.js";

/** Options as --help lists them: flag, description, then what is allowed and the default. */
export function optionLines(options: CliOption[]): string[] {
  const rows = options.map((option) => {
    const flag = `${option.alias ? `-${option.alias}, ` : "    "}--${option.name}${option.type === "string" ? " <value>" : ""}`;
    const details = [option.allowed && `allowed: ${option.allowed}`, option.defaultText && `default: ${option.defaultText}`].filter(Boolean);
    return { flag, text: option.description, details };
  });
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2;
  return rows.flatMap((row) => [
    `  ${row.flag.padEnd(width)}${row.text}`,
    ...row.details.map((detail) => `  ${" ".repeat(width)}  ${detail}`),
  ]);
}

/** The usage text of both `yo multiregion` and `create-multiregion`, derived from the answers schema. */
export function helpText(usage: string): string {
  return [
    `Usage: ${usage}`,
    "",
    "Writes a deployable multi-region active-active Pulumi TypeScript project for AWS. Run it again",
    "inside a generated project to bring it up to date; your edits are merged, never dropped.",
    "",
    "Answers (asked when there is a terminal; flags and --answers skip the question):",
    ...optionLines(answerOptions),
    "",
    "Run options:",
    ...optionLines(runOptions),
    "",
    "Booleans take --no-<flag> to turn them off, e.g. --no-blue-green. Lists are comma-separated.",
    "",
  ].join("\n");
}

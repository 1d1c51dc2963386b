import type { AnswerKind } from "./spec.js";

/** `minSize` -> `min-size`: answers are camelCase, flags kebab-case. */
export function flagName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `dryRun` -> `--dry-run`: how every option and answer is written on the command line. */
export const flagOf = (name: string) => `--${flagName(name)}`;

const splitList = (text: string) => text.split(",").map((item) => item.trim()).filter((item) => item !== "");

/** A command-line value turned into the answer's type; validation happens later, on all answers at once. */
export function parseFlagValue(kind: AnswerKind, value: unknown): unknown {
  if (kind === "boolean" || typeof value !== "string") return value;
  switch (kind) {
    case "integer":
      return /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    case "list":
      return splitList(value);
    case "map":
      return Object.fromEntries(
        splitList(value).map((pair) => {
          const [key = "", weight = ""] = pair.split("=").map((part) => part.trim());
          return [key, /^-?\d+$/.test(weight) ? Number(weight) : weight];
        }),
      );
    default:
      return value;
  }
}

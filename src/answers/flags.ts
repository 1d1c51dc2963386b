import { answerNames, specOf, type AnswerKind, type AnswerName, type Answers } from "./spec.js";

/** `minSize` -> `min-size`: answers are camelCase, flags kebab-case. */
export function flagName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

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

/** Answers given as flags, read from options parsed by Yeoman (kebab-case) or `yo` (camelCase too). */
export function answersFromOptions(options: Record<string, unknown>): Partial<Answers> {
  const answers: Partial<Record<AnswerName, unknown>> = {};
  for (const name of answerNames) {
    const value = options[flagName(name)] ?? options[name];
    if (value !== undefined && value !== null) answers[name] = parseFlagValue(specOf(name).kind, value);
  }
  return answers as Partial<Answers>;
}

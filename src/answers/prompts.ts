import { parseFlagValue } from "./flags.js";
import { answerNames, specOf, type AnswerContext, type AnswerName, type Answers, type AnswerSpec } from "./spec.js";
import { withDefaults } from "./resolve.js";
import { problemAmong, ruleAgainst, validateOne } from "./validate.js";

/** A question in the form Yeoman's `this.prompt` (inquirer) takes. */
export interface Question {
  type: "input" | "select" | "checkbox" | "confirm" | "number";
  name: AnswerName;
  message: string;
  default?: (answers: Partial<Answers>) => unknown;
  choices?: (answers: Partial<Answers>) => { value: string; name: string; checked?: boolean; disabled?: string }[];
  when?: (answers: Partial<Answers>) => boolean;
  validate?: (value: unknown, answers?: Partial<Answers>) => true | string;
  filter?: (value: unknown) => unknown;
}

const promptType = {
  string: "input",
  choice: "select",
  boolean: "confirm",
  integer: "number",
  list: "checkbox",
  map: "input",
} as const;

/** Maps are typed as "region=weight,..." at the prompt, exactly as on the command line. */
const mapToText = (value: unknown) =>
  Object.entries((value ?? {}) as Record<string, unknown>).map(([key, item]) => `${key}=${String(item)}`).join(",");

/** A checkbox hands `validate` the chosen choice objects; an input for a map hands it text. */
function promptValue(spec: AnswerSpec, value: unknown): unknown {
  if (spec.kind === "map") return parseFlagValue("map", value);
  if (spec.kind === "list" && Array.isArray(value)) {
    return value.map((item: unknown) => (item && typeof item === "object" && "value" in item ? (item as { value: unknown }).value : item));
  }
  return value;
}

/** `chosen` with the values of `before` first, in their order, then the new ones. */
export function keepOrder(before: readonly string[], chosen: readonly string[]): string[] {
  return [...before.filter((value) => chosen.includes(value)), ...chosen.filter((value) => !before.includes(value))];
}

function question(name: AnswerName, spec: AnswerSpec, known: Partial<Answers>, context: AnswerContext, asked: ReadonlySet<string>): Question {
  const merged = (answers: Partial<Answers>) => ({ ...known, ...answers });
  // An answer is settled when it is not asked in this run, or was answered already; a later question may still change the others.
  const settled = (answers: Partial<Answers>) => (field: string) => !asked.has(field) || field in answers;
  const current = (answers: Partial<Answers>) => merged(answers)[name] ?? spec.default(merged(answers), context);
  const q: Question = {
    type: promptType[spec.kind],
    name,
    message: spec.description,
    when: (answers) => spec.relevant?.(merged(answers)) ?? true,
    validate: (value, answers = {}) => {
      const given = promptValue(spec, value);
      const own = validateOne(name, given);
      if (own !== true) return own;
      const complete = withDefaults({ ...merged(answers), [name]: given }, context).answers;
      return problemAmong({ ...complete }, name, settled(answers)) ?? true;
    },
  };
  if (spec.kind === "map") {
    q.default = (answers) => mapToText(current(answers));
    q.filter = (value) => parseFlagValue("map", value);
  } else if (spec.kind === "list") {
    q.choices = (answers) => {
      const checked = new Set(current(answers) as string[]);
      return (spec.choices?.(merged(answers)) ?? []).map((choice) => ({ ...choice, checked: checked.has(choice.value) }));
    };
    // The checkbox lists its choices in catalog order: keep the order of what was chosen before (stored, flags).
    const before = known[name];
    if (Array.isArray(before)) {
      q.filter = (value) => (Array.isArray(value) ? keepOrder(before as string[], promptValue(spec, value) as string[]) : value);
    }
  } else {
    // A default that would be refused (a folder name that is no project name) is offered as the nearest valid value.
    q.default = (answers) => {
      const value = current(answers);
      return validateOne(name, value) === true ? value : (spec.suggest?.(value) ?? value);
    };
    // A choice that breaks a rule with the answers so far is shown with the reason and cannot be picked
    // (a select has no validation: the problem would otherwise surface at a later, unrelated question).
    if (spec.choices) {
      q.choices = (answers) =>
        spec.choices!(merged(answers)).map((choice) => {
          const reason = ruleAgainst({ ...withDefaults({ ...merged(answers), [name]: choice.value }, context).answers }, name, settled(answers));
          return reason ? { ...choice, disabled: reason } : choice;
        });
    }
  }
  return q;
}

/**
 * Questions for the given answers, in declaration order. `known` holds answers from other sources
 * (flags, files, stored): they feed defaults, choices and relevance.
 */
export function questionsFor(names: readonly AnswerName[], known: Partial<Answers>, context: AnswerContext): Question[] {
  return answerNames
    .filter((name) => names.includes(name) && specOf(name).asked !== false)
    .map((name) => question(name, specOf(name), known, context, new Set(names)));
}

import { answerNames, specOf, type AnswerContext, type AnswerName, type Answers } from "./spec.js";

/** Answers not given by any source, in declaration order. */
export function missingAnswers(given: Partial<Answers>): AnswerName[] {
  return answerNames.filter((name) => given[name] === undefined);
}

/** Fills every missing answer with its default, in declaration order so later defaults see earlier answers. */
export function withDefaults(given: Partial<Answers>, context: AnswerContext): { answers: Answers; defaulted: AnswerName[] } {
  const answers: Partial<Record<AnswerName, unknown>> = { ...given };
  const defaulted: AnswerName[] = [];
  for (const name of answerNames) {
    if (answers[name] !== undefined) continue;
    answers[name] = specOf(name).default(answers as Partial<Answers>, context);
    defaulted.push(name);
  }
  return { answers: answers as Answers, defaulted };
}

/** Keeps only the declared answers of an object (drops state such as the CIDR plan). */
export function pickAnswers(input: Record<string, unknown>): Partial<Answers> {
  return Object.fromEntries(answerNames.filter((name) => input[name] !== undefined).map((name) => [name, input[name]])) as Partial<Answers>;
}

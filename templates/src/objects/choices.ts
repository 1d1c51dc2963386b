// The object-replication modules the generator offers. A module may serve several answers of
// `objectReplication` (replicated: bidirectional and one-way). Read by the generator only (answers
// schema, file table, estimates); not copied into projects.
import type { ObjectsModel, ObjectsShape } from "./contract.js";
import { accessPoint } from "./access-point/choice.js";
import { none } from "./none/choice.js";
import { replicated } from "./replicated/choice.js";
import type { Choice } from "../choice.js";

/** What one object-replication module declares about itself, beyond what every module does (src/choice.ts). */
export interface ObjectsChoice<Value extends string = string> extends Choice<Value> {
  /** The `objectReplication` answers it serves, the default first. */
  answers: readonly string[];
  /** Its buckets replicate: the comments and stack config that describe the buckets say so. */
  replicates: boolean;
  /** The generator's end summary of an answer it serves. */
  summary(answer: string): string;
  /** What it needs of the regions, as --help says it after the value; absent when it runs anywhere. */
  requirement?: string;
  /** What is wrong with these regions for it, each as the rest of a sentence about the answer; none when they fit. */
  regionProblems?(regions: readonly string[], findRegion: (code: string) => { optIn: boolean } | undefined): string[];
  /** The module's model.ts, for the generator's estimate. */
  model: ObjectsModel<unknown>;
}

/** Every object-replication module; the first one's first answer is the default. */
export const objectsChoices = [replicated, accessPoint, none] as const satisfies readonly ObjectsChoice[];
export type ObjectsModule = (typeof objectsChoices)[number]["value"];
export type ObjectReplication = (typeof objectsChoices)[number]["answers"][number];

/** The answers, the default first. */
export const objectReplications = objectsChoices.flatMap(({ answers }) => answers) as [ObjectReplication, ...ObjectReplication[]];

/** The module that serves an answer. */
export function objectsChoiceOf(answer: string): ObjectsChoice {
  const found = objectsChoices.find((choice) => choice.answers.some((served: string) => served === answer));
  if (!found) throw new Error(`no objects module serves ${answer}; known: ${objectReplications.join(", ")}`);
  return found;
}

export const objectsModuleOf = (answer: ObjectReplication): ObjectsModule => objectsChoiceOf(answer).value as ObjectsModule;

/** What --help says the answer allows: each value, and what its module needs of the regions. */
export const objectReplicationAllowed = objectsChoices
  .flatMap((choice: ObjectsChoice) => choice.answers.map((answer) => (choice.requirement ? `${answer} (${choice.requirement})` : answer)))
  .join(", ");

/** The generator's end summary of an answer. */
export const objectsSummary = (answer: ObjectReplication): string => objectsChoiceOf(answer).summary(answer);

/** What is wrong with these regions for the answer (its module's rule); none when they fit. */
export const objectsRegionProblems = (answer: ObjectReplication, regions: readonly string[], findRegion: (code: string) => { optIn: boolean } | undefined): string[] =>
  objectsChoiceOf(answer).regionProblems?.(regions, findRegion) ?? [];

/** The objects part of the estimates of a stack as generated for `answer`: the module's own model decides. */
export function generatedObjectsShape(answer: ObjectReplication): ObjectsShape {
  const { model } = objectsChoiceOf(answer);
  return model.shape(model.initialConfig(answer));
}

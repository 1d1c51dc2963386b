// The object-replication modules the generator offers. A module may serve several answers of
// `objectReplication` (replicated: bidirectional and one-way). Read by the generator only (answers
// schema, file table, estimates); not copied into projects.
import type { ObjectsModel, ObjectsShape } from "./contract.js";
import { none } from "./none/choice.js";
import { replicated } from "./replicated/choice.js";
import type { Choice } from "../choice.js";

/** What one object-replication module declares about itself, beyond what every module does (src/choice.ts). */
export interface ObjectsChoice<Value extends string = string> extends Choice<Value> {
  /** The `objectReplication` answers it serves, the default first. */
  answers: readonly ObjectsShape["replication"][];
  /** Its buckets replicate: the comments and stack config that describe the buckets say so. */
  replicates: boolean;
  /** The module's model.ts, for the generator's estimate. */
  model: ObjectsModel<unknown>;
}

/** Every object-replication module; the first one's first answer is the default. */
export const objectsChoices = [replicated, none] as const satisfies readonly ObjectsChoice[];
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

/** The objects part of the estimates of a stack as generated for `answer`: the module's own model decides. */
export function generatedObjectsShape(answer: ObjectReplication): ObjectsShape {
  const { model } = objectsChoiceOf(answer);
  return model.shape(model.initialConfig(answer));
}

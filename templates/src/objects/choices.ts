import type { ObjectsModel, ObjectsShape } from "./contract.js";
import { objectsModel as noneModel } from "./none/model.js";
import { objectsModel as replicatedModel } from "./replicated/model.js";

/**
 * The answers of `objectReplication` and the module folder (src/objects/<module>/) that serves each.
 * The generator's own registry: not copied into projects.
 */
const moduleOfAnswer = { bidirectional: "replicated", "one-way": "replicated", none: "none" } as const;

export type ObjectReplication = keyof typeof moduleOfAnswer;
export type ObjectsModule = (typeof moduleOfAnswer)[ObjectReplication];

/** The answers, the default first. */
export const objectReplications = Object.keys(moduleOfAnswer) as [ObjectReplication, ...ObjectReplication[]];

export function objectsModuleOf(answer: ObjectReplication): ObjectsModule {
  return moduleOfAnswer[answer];
}

const models: Record<ObjectsModule, ObjectsModel<unknown>> = { replicated: replicatedModel, none: noneModel };

/** Templates of each module folder (paths under templates/); `verbatim` ones run in the generator too. */
export const objectsModuleFiles: Record<ObjectsModule, { templates: string[]; verbatim: string[] }> = {
  replicated: {
    templates: ["src/objects/replicated/index.ts", "src/objects/shared/replication.ts", "test/objects/replicated/replication.test.ts"],
    verbatim: ["src/objects/replicated/model.ts", "src/objects/shared/replication-model.ts"],
  },
  none: {
    templates: ["src/objects/none/index.ts", "test/objects/none/replication.test.ts"],
    verbatim: ["src/objects/none/model.ts"],
  },
};

/** The objects part of the estimates of a stack as generated for `answer`: the module's own model decides. */
export function generatedObjectsShape(answer: ObjectReplication): ObjectsShape {
  const model = models[objectsModuleOf(answer)];
  return model.shape(model.initialConfig(answer));
}

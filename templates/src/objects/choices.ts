import { accessPointOptInRegions, objectsModel as accessPointModel } from "./access-point/model.js";
import type { ObjectsModel, ObjectsShape } from "./contract.js";
import { objectsModel as noneModel } from "./none/model.js";
import { objectsModel as replicatedModel } from "./replicated/model.js";

/**
 * The answers of `objectReplication` and the module folder (src/objects/<module>/) that serves each.
 * The generator's own registry: not copied into projects.
 */
const moduleOfAnswer = { bidirectional: "replicated", "one-way": "replicated", "access-point": "access-point", none: "none" } as const;

export type ObjectReplication = keyof typeof moduleOfAnswer;
export type ObjectsModule = (typeof moduleOfAnswer)[ObjectReplication];

/** The answers, the default first. */
export const objectReplications = Object.keys(moduleOfAnswer) as [ObjectReplication, ...ObjectReplication[]];

export function objectsModuleOf(answer: ObjectReplication): ObjectsModule {
  return moduleOfAnswer[answer];
}

const models: Record<ObjectsModule, ObjectsModel<unknown>> = { replicated: replicatedModel, "access-point": accessPointModel, none: noneModel };

/** What an answer needs of the regions, as --help says it after the value; none when it runs anywhere. */
const requirements: Partial<Record<ObjectReplication, string>> = {
  "access-point": "regions that S3 Multi-Region Access Points serve",
};

/** The generator's end summary of each answer. */
const summaries: Record<ObjectReplication, string> = {
  bidirectional: "bidirectional replication between the regions' buckets",
  "one-way": "one-way replication between the regions' buckets",
  "access-point": "bidirectional replication between the regions' buckets, behind one S3 Multi-Region Access Point",
  none: "none (a bucket in every region, not replicated)",
};

export function objectsSummary(answer: ObjectReplication): string {
  return summaries[answer];
}

/** What --help says the answer allows: each value, and what it needs of the regions. */
export const objectReplicationAllowed = objectReplications
  .map((answer) => (requirements[answer] ? `${answer} (${requirements[answer]})` : answer))
  .join(", ");

/**
 * What is wrong with these regions for the answer, each as the rest of a sentence about it (the
 * answers are refused with them): a Multi-Region Access Point takes no bucket in an opt-in region it does not serve.
 */
export function objectsRegionProblems(answer: ObjectReplication, regions: readonly string[], findRegion: (code: string) => { optIn: boolean } | undefined): string[] {
  if (objectsModuleOf(answer) !== "access-point") return [];
  const unserved = regions.filter((region) => findRegion(region)?.optIn !== false && !accessPointOptInRegions.includes(region));
  return unserved.length > 0
    ? [`is not served by S3 Multi-Region Access Points in ${unserved.join(", ")}: they serve every region enabled by default and the opt-in ${accessPointOptInRegions.join(", ")}`]
    : [];
}

/** Templates of each module folder (paths under templates/); `verbatim` ones run in the generator too. */
export const objectsModuleFiles: Record<ObjectsModule, { templates: string[]; verbatim: string[] }> = {
  replicated: {
    templates: ["src/objects/replicated/index.ts", "src/objects/shared/replication.ts", "test/objects/replicated/replication.test.ts"],
    verbatim: ["src/objects/replicated/model.ts", "src/objects/shared/replication-model.ts"],
  },
  "access-point": {
    templates: [
      "src/objects/access-point/index.ts",
      "src/objects/access-point/access-point.ts",
      "src/objects/access-point/app-access.ts",
      "src/objects/shared/replication.ts",
      "test/objects/access-point/access-point.test.ts",
    ],
    verbatim: ["src/objects/access-point/model.ts", "src/objects/shared/replication-model.ts"],
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

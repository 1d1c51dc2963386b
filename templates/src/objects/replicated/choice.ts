import type { ObjectsChoice } from "../choices.js";
import { objectsModel } from "./model.js";

/** S3 replication between the regions' buckets, both ways or from the primary. */
export const replicated = {
  value: "replicated",
  label: "S3 replication",
  answers: ["bidirectional", "one-way"],
  replicates: true,
  summary: (answer) => `${answer} replication between the regions' buckets`,
  secrets: [],
  templates: ["src/objects/replicated/index.ts", "src/objects/shared/replication.ts", "test/objects/replicated/replication.test.ts", "test/objects/replicated/facts.ts"],
  verbatim: ["src/objects/replicated/model.ts", "src/objects/shared/replication-model.ts"],
  model: objectsModel,
} as const satisfies ObjectsChoice<"replicated">;

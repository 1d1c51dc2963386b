import type { ObjectsChoice } from "../choices.js";
import { objectsModel } from "./model.js";

/** A bucket in every region, not replicated. */
export const none = {
  value: "none",
  label: "no replication",
  answers: ["none"],
  replicates: false,
  summary: () => "none (a bucket in every region, not replicated)",
  secrets: [],
  templates: ["src/objects/none/index.ts", "test/objects/none/replication.test.ts", "test/objects/none/facts.ts"],
  verbatim: ["src/objects/none/model.ts"],
  model: objectsModel,
} as const satisfies ObjectsChoice<"none">;

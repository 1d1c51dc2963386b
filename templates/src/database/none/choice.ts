import type { DatabaseChoice } from "../choices.js";
import * as model from "./model.js";

/** No database: the app tier keeps its data in the regions' buckets, or elsewhere. */
export const none = {
  value: "none",
  label: "no database",
  appAccess: "none",
  deployServices: [],
  schema: false,
  secrets: [],
  templates: ["src/database/none/index.ts", "test/database/none/facts.ts"],
  verbatim: ["src/database/none/model.ts"],
  model,
} as const satisfies DatabaseChoice<"none">;

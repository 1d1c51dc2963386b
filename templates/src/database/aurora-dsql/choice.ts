import { regionCatalog } from "../../../../src/regions/catalog.js";
import type { DatabaseChoice } from "../choices.js";
import * as model from "./model.js";

/** Aurora DSQL: two peered clusters, both read-write and strongly consistent, and a witness region. */
export const auroraDsql = {
  value: "aurora-dsql",
  label: "Aurora DSQL",
  appAccess: "iam",
  deployServices: ["Aurora DSQL"],
  schema: true,
  requirement: model.dsqlRequirement(regionCatalog),
  secrets: [],
  summary: () => "aurora-dsql (every region reads and writes, strongly consistent; no password: IAM tokens)",
  // Two peers in one DSQL multi-Region set, its third region the witness.
  regionProblems: model.dsqlRegionProblems,
  fittingRegions: ["us-east-1", "us-east-2"],
  templates: [
    "src/database/shared/sql-egress.ts",
    "src/database/aurora-dsql/index.ts",
    "test/database/aurora-dsql/dsql.test.ts",
    "test/database/aurora-dsql/facts.ts",
  ],
  verbatim: ["src/database/aurora-dsql/model.ts"],
  model,
} as const satisfies DatabaseChoice<"aurora-dsql">;

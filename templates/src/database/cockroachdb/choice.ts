import type { DatabaseChoice } from "../choices.js";
import * as model from "./model.js";

/** CockroachDB Cloud: nodes in every region, every region writes. */
export const cockroachdb = {
  value: "cockroachdb",
  label: "CockroachDB Cloud",
  requirement: "3 or more regions that CockroachDB Cloud offers",
  appAccess: "secret",
  deployServices: ["Secrets Manager"],
  schema: true,
  secrets: [
    { key: "cockroachApiKey", what: "CockroachDB Cloud service-account key" },
    { key: "cockroachSqlPassword", what: "password of the application's SQL user" },
  ],
  // CockroachDB Cloud refuses multi-region clusters of fewer than 3 regions, and places nodes only where it operates.
  regionProblems: (regions, findRegion) => {
    const unserved = regions.filter((region) => !findRegion(region)?.cockroachPlans.includes("ADVANCED"));
    return [
      ...(regions.length < 3 ? [`needs at least 3 regions for a multi-region CockroachDB Cloud cluster; ${regions.length} chosen`] : []),
      ...(unserved.length > 0 ? [`is not offered by CockroachDB Cloud in ${unserved.join(", ")}`] : []),
    ];
  },
  templates: [
    "src/database/shared/sql-egress.ts",
    "src/database/cockroachdb/index.ts",
    "src/database/cockroachdb/cluster.ts",
    "src/database/cockroachdb/provider.ts",
    "src/database/cockroachdb/api.ts",
    "src/database/cockroachdb/errors.ts",
    "src/database/cockroachdb/requests.ts",
    "src/database/cockroachdb/http.ts",
    "src/database/cockroachdb/allowlist.ts",
    "src/database/cockroachdb/allowlist-provider.ts",
    "src/database/cockroachdb/allowlist-api.ts",
    "src/database/cockroachdb/sql.ts",
    "src/database/cockroachdb/sql-provider.ts",
    "src/database/cockroachdb/sql-api.ts",
    "test/database/cockroachdb/cockroach.test.ts",
    "test/database/cockroachdb/provider.test.ts",
    "test/database/cockroachdb/allowlist.test.ts",
    "test/database/cockroachdb/allowlist-provider.test.ts",
    "test/database/cockroachdb/sql-provider.test.ts",
    "test/database/cockroachdb/fake-api.ts",
    "test/database/cockroachdb/cost.test.ts",
    "test/database/cockroachdb/facts.ts",
  ],
  verbatim: ["src/database/cockroachdb/model.ts"],
  model,
} as const satisfies DatabaseChoice<"cockroachdb">;

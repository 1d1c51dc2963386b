import { regionCatalog } from "../../../src/regions/catalog.js";
import * as auroraDsql from "./aurora-dsql/model.js";
import * as auroraGlobal from "./aurora-global/model.js";
import * as cockroachdb from "./cockroachdb/model.js";
import type { CatalogRegion, DatabaseModel } from "./model-contract.js";
import * as none from "./none/model.js";

/**
 * The database modules a project can be generated with. The generator reads this table (it is not
 * copied into the project): the answer's values, the rules between answers, what the end of a run
 * says of each, and the templates each module brings. Pure: the generator's build imports it.
 */
export interface DatabaseChoice {
  value: string;
  /**
   * What is wrong with these regions for the database, each as the rest of a sentence about it
   * (the answers are refused with them); none when it runs anywhere.
   */
  regionProblems?: (regions: readonly string[], findRegion: (code: string) => CatalogRegion | undefined) => string[];
  /**
   * Regions the module accepts where its rule refuses the usual examples, primary first: the test
   * matrix deploys it there. None when the first ones fit.
   */
  fittingRegions?: readonly string[];
  /** What `allowed` adds to the value in --help, e.g. "3 or more regions that CockroachDB Cloud offers". */
  requirement?: string;
  /**
   * What each region's app tier is handed (Database.appAccess): "secret", a credentials secret to read
   * (src/database/shared/secret.ts); "iam", an endpoint and an IAM permission to connect (a token
   * signed with the instance role, no password); "none", nothing.
   */
  appAccess: "secret" | "iam" | "none";
  /** AWS services the deploy role needs for the database, as the README's CI section names them. */
  deployServices: readonly string[];
  /** Secret config values a deployment needs, for the next steps the generator prints: key, and what to put there. */
  secrets: readonly { key: string; what: string }[];
  /** The end summary's line, when it says more than the value. */
  summary?: (answers: { writeForwarding: boolean; primaryRegion: string }) => string;
  /** Rendered templates of the module (`<path>.ejs` under templates/), paths as in the project. */
  templates: readonly string[];
  /** Templates copied as they are: the generator imports them too. */
  verbatim: readonly string[];
  /** The module's model.ts, for the generator's estimate. */
  model: DatabaseModel<object>;
}

/** Shared by every module that keeps credentials: a required secret config value, and its copy in each region. */
const credentials = ["src/secrets.ts", "src/database/shared/secret.ts", "test/database/shared/secret.test.ts"];

export const databaseChoices = [
  {
    value: "aurora-global",
    appAccess: "secret",
    deployServices: ["RDS", "KMS", "Secrets Manager"],
    secrets: [{ key: "dbPassword", what: "database password" }],
    // Who writes where: the secondaries take writes only when they forward them.
    summary: ({ writeForwarding, primaryRegion }) => writeForwarding
      ? "aurora-global (write forwarding on: every region takes writes, forwarded to the writer)"
      : `aurora-global (write forwarding off: secondaries are read-only, writes only in ${primaryRegion})`,
    templates: [
      ...credentials,
      "src/database/aurora-global/index.ts",
      "src/database/aurora-global/cluster.ts",
      "src/database/aurora-global/security-group.ts",
      "src/database/aurora-global/replication-lag-alarm.ts",
      "test/database/aurora-global/aurora.test.ts",
    ],
    verbatim: ["src/database/aurora-global/model.ts"],
    model: auroraGlobal,
  },
  {
    value: "cockroachdb",
    appAccess: "secret",
    deployServices: ["Secrets Manager"],
    requirement: "3 or more regions that CockroachDB Cloud offers",
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
      ...credentials,
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
    ],
    verbatim: ["src/database/cockroachdb/model.ts"],
    model: cockroachdb,
  },
  {
    value: "aurora-dsql",
    appAccess: "iam",
    deployServices: ["Aurora DSQL"],
    requirement: auroraDsql.dsqlRequirement(regionCatalog),
    secrets: [],
    summary: () => "aurora-dsql (every region reads and writes, strongly consistent; no password: IAM tokens)",
    // Two peers in one DSQL multi-Region set, its third region the witness.
    regionProblems: auroraDsql.dsqlRegionProblems,
    fittingRegions: ["us-east-1", "us-east-2"],
    templates: ["src/database/aurora-dsql/index.ts", "test/database/aurora-dsql/dsql.test.ts"],
    verbatim: ["src/database/aurora-dsql/model.ts"],
    model: auroraDsql,
  },
  {
    value: "none",
    appAccess: "none",
    deployServices: [],
    secrets: [],
    templates: ["src/database/none/index.ts"],
    verbatim: ["src/database/none/model.ts"],
    model: none,
  },
] as const satisfies readonly DatabaseChoice[];

export type DatabaseValue = (typeof databaseChoices)[number]["value"];

/** The answer's values, in the table's order. */
export const databaseValues = databaseChoices.map(({ value }) => value) as [DatabaseValue, ...DatabaseValue[]];

/** What --help says each value allows: the value, and what it needs of the other answers. */
export const databaseAllowed = databaseChoices
  .map((choice: DatabaseChoice) => (choice.requirement ? `${choice.value} (${choice.requirement})` : choice.value))
  .join(", ");

export function databaseChoice(value: string): DatabaseChoice {
  const found = databaseChoices.find((choice) => choice.value === value);
  if (!found) throw new Error(`unknown database ${value}`);
  return found;
}

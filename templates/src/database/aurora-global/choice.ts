import type { DatabaseChoice } from "../choices.js";
import * as model from "./model.js";

/** Aurora Global Database: one writer in the primary region, read-only secondaries. */
export const auroraGlobal = {
  value: "aurora-global",
  label: "Aurora Global Database",
  appAccess: "secret",
  deployServices: ["RDS", "KMS", "Secrets Manager"],
  schema: true,
  secrets: [{ key: "dbPassword", what: "database password" }],
  // Whether secondaries forward writes to the writer: Aurora's own answer.
  ownAnswers: ["writeForwarding"],
  // Off, the users routing sends to a secondary can read but not write.
  warnings: ({ writeForwarding, primaryRegion, regions, routing }) => {
    if (writeForwarding) return [];
    const secondaries = regions.filter((region) => region !== primaryRegion);
    return [`write forwarding off: apps in ${secondaries.join(", ")} can read but not write (their regions' VPCs do not reach the writer in ${primaryRegion}), while ${routing} routing sends users there; use --write-forwarding, or send writes to ${primaryRegion} yourself`];
  },
  // Who writes where: the secondaries take writes only when they forward them.
  summary: ({ writeForwarding, primaryRegion }) => writeForwarding
    ? "aurora-global (write forwarding on: every region takes writes, forwarded to the writer)"
    : `aurora-global (write forwarding off: secondaries are read-only, writes only in ${primaryRegion})`,
  templates: [
    "src/database/aurora-global/index.ts",
    "src/database/aurora-global/cluster.ts",
    "src/database/aurora-global/security-group.ts",
    "src/database/aurora-global/replication-lag-alarm.ts",
    "test/database/aurora-global/aurora.test.ts",
    "test/database/aurora-global/cost.test.ts",
    "test/database/aurora-global/facts.ts",
  ],
  verbatim: ["src/database/aurora-global/model.ts"],
  model,
} as const satisfies DatabaseChoice<"aurora-global">;

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

import { configSection, type Fail } from "../../config-values.js";
import type { DatabaseConfigInput, DatabaseShapes } from "../model-contract.js";

/** Aurora Global Database settings: config key `aurora`. */
export interface AuroraConfig {
  /** Secondaries forward writes to the primary's writer (Aurora PostgreSQL 14.13+, 15.8+, 16.4+). */
  writeForwarding: boolean;
  /** aurora-postgresql version; upgrade by changing it here (it is set on the global cluster only). Default: "16.6". */
  engineVersion: string;
  /** Memory-optimized class (db.r6g / r7g / r8g) or "db.serverless". Default: "db.r6g.large". */
  instanceClass: string;
  /** Instances per cluster, 1-15: the primary's writer plus readers, and each secondary's readers. Default: 2. */
  instances: number;
  /** Aurora capacity units of each db.serverless instance, 0.5-256 in steps of 0.5. Defaults: 0.5 and 8. */
  serverlessMinCapacity: number;
  serverlessMaxCapacity: number;
  /** Days of automated backups, 1-35. Default: 7. */
  backupRetentionDays: number;
  /** Replication lag (milliseconds) a secondary may show for 3 minutes before its alarm fires. Default: 1000. */
  lagAlarmThresholdMs: number;
  /** Name of the database created on the primary. Default: "app". */
  databaseName: string;
  /** Master user name, set on the primary only. Default: "app_admin". */
  masterUsername: string;
  /**
   * Enrol the clusters in RDS Extended Support: once the major version leaves standard support they
   * keep running it, billed per vCPU-hour. Off, AWS upgrades the major version itself at that date.
   * AWS takes it when a cluster is created, never later. Default: false.
   */
  extendedSupport: boolean;
}

/** Families Aurora global databases accept; burstable (db.t*) classes are not among them. */
const instanceClass = /^db\.(serverless|(r6g|r7g|r8g)\.(large|\d{0,2}xlarge))$/;
// PostgreSQL names start with a letter; RDS reserves "postgres", "admin" and the rds* names.
const pgName = /^(?!postgres$|admin$|rds)[a-z][a-z0-9_]{0,62}$/;

export function parseAuroraConfig(value: unknown, fail: Fail): AuroraConfig {
  const section = configSection("aurora", value, fail);
  const serverlessMinCapacity = section.number("serverlessMinCapacity", 0.5, 0.5, 256, 0.5);
  const config: AuroraConfig = {
    writeForwarding: section.flag("writeForwarding", true),
    engineVersion: section.text("engineVersion", "16.6", /^\d+\.\d+$/, "an aurora-postgresql version such as 16.6")!,
    instanceClass: section.text("instanceClass", "db.r6g.large", instanceClass,
      "a memory-optimized class (db.r6g, db.r7g or db.r8g, e.g. db.r6g.large) or db.serverless")!,
    instances: section.number("instances", 2, 1, 15),
    serverlessMinCapacity,
    serverlessMaxCapacity: section.number("serverlessMaxCapacity", Math.max(8, serverlessMinCapacity), serverlessMinCapacity, 256, 0.5),
    backupRetentionDays: section.number("backupRetentionDays", 7, 1, 35),
    lagAlarmThresholdMs: section.number("lagAlarmThresholdMs", 1000, 100, 3_600_000),
    databaseName: section.text("databaseName", "app", pgName, "a PostgreSQL name: a lower-case letter, then letters, digits or _ (not postgres, admin or rds...)")!,
    masterUsername: section.text("masterUsername", "app_admin", pgName, "a PostgreSQL role name: a lower-case letter, then letters, digits or _ (not postgres, admin or rds...)")!,
    extendedSupport: section.flag("extendedSupport", false),
  };
  section.done();
  return config;
}

/** The engineLifecycleSupport value of aurora.extendedSupport. */
export function engineLifecycleSupport(extendedSupport: boolean): string {
  return extendedSupport ? "open-source-rds-extended-support" : "open-source-rds-extended-support-disabled";
}

/** What Aurora would reject in a master password, or undefined: 8-128 printable ASCII characters except / " @ and space. */
export function masterPasswordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 128) return `has ${password.length} characters; Aurora needs 8 to 128`;
  if (/[^\x21-\x7e]|[/"@]/.test(password)) return `holds a character Aurora rejects; use printable ASCII except / " @ and space`;
  return undefined;
}

/** The stack config of an Aurora project: config key `aurora`. */
export interface DatabaseSettings {
  /** Aurora Global Database: instance class, instances, backups, write forwarding (src/database/aurora-global/model.ts). */
  aurora: AuroraConfig;
}

export function parseDatabaseSettings({ get, fail }: DatabaseConfigInput): DatabaseSettings {
  return { aurora: parseAuroraConfig(get("aurora"), fail) };
}

/** What the bill counts of the clusters, and what a failover loses and how long writes stop. */
export function databaseShapes({ aurora }: DatabaseSettings, _regionCount: number): DatabaseShapes {
  return {
    cost: {
      engine: "aurora-global",
      instanceClass: aurora.instanceClass,
      instances: aurora.instances,
      serverlessMinCapacity: aurora.serverlessMinCapacity,
      serverlessMaxCapacity: aurora.serverlessMaxCapacity,
      extendedSupport: aurora.extendedSupport,
    },
    failover: [
      {
        label: "database writes lost (region failure)",
        estimate: "typically under 1 s",
        basis: `Aurora Global Database replicates asynchronously, lag typically under 1 s (the lag alarm fires above ${aurora.lagAlarmThresholdMs} ms); ` +
          "writes not yet replicated when the primary region fails are lost by a failover with --allow-data-loss",
      },
      {
        label: "database writes back (primary region lost)",
        estimate: "about 1-2 min after the failover is started, plus the time to decide",
        basis: "failover is not automatic: an operator (or your automation) runs failover-global-cluster; a secondary is promoted in about a minute. " +
          `Reads continue in every surviving region meanwhile${aurora.writeForwarding ? "; forwarded writes from secondaries fail until then" : ""}. ` +
          "A secondary region's loss does not stop writes",
      },
      {
        label: "planned switchover",
        estimate: "no data loss, writes pause about 1-2 min",
        basis: "switchover-global-cluster waits for the secondary to catch up before the roles change",
      },
    ],
  };
}

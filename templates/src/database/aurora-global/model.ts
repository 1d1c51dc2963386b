import { configSection, type Fail } from "../../config-values.js";
import { dollars } from "../../../scripts/cost-report.js";
import { regionUplift, usd, type CostItem, type ExtendedSupport } from "../../../scripts/cost-model.js";
import { findHourlyPrice, instanceVcpus, missingPrice } from "../../../scripts/deployment-shape.js";
import type { PriceTable } from "../../../scripts/prices.js";
import type { DatabaseConfigInput, DatabaseCost, DatabaseRegionContext, DatabaseShapes } from "../model-contract.js";

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
    cost: auroraCost(aurora),
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

/** The clusters' part of the bill: per region its instances, storage and I/O, replicated writes and key. */
function auroraCost(aurora: AuroraConfig): DatabaseCost {
  return {
    engine: "aurora-global",
    // One KMS key and one credentials secret per region; a lag alarm on each secondary.
    counts: (secondary) => ({ databaseInstances: aurora.instances, kmsKeys: 1, secrets: 1, alarms: secondary ? 1 : 0 }),
    regionLines: (context) => auroraItems(aurora, context).map(context.withUplift),
    globalLines: () => [],
    extendedSupport: (regions, prices) => {
      const estimate = extendedSupportOf(aurora, regions, prices);
      return { estimate, note: extendedSupportNote(estimate, prices) };
    },
  };
}

function auroraItems(db: AuroraConfig, { secondary, prices, assumptions: a }: DatabaseRegionContext): CostItem[] {
  const hours = prices.hoursPerMonth;
  const { aurora } = prices;
  const millionIo = (perSecond: number) => (perSecond * hours * 3600) / 1e6;
  const items: CostItem[] = [];
  if (db.instanceClass === "db.serverless") {
    const acu = Math.min(Math.max(a.auroraServerlessAcu, db.serverlessMinCapacity), db.serverlessMaxCapacity);
    items.push(["database instances", db.instances * acu * aurora.serverlessAcuHourly * hours,
      `${db.instances} x db.serverless x ${acu} ACU x ${usd(aurora.serverlessAcuHourly)}/ACU-h x ${hours} h`]);
  } else {
    const hourly = findHourlyPrice(db.instanceClass, aurora.largeHourly);
    items.push(
      hourly === undefined
        ? ["database instances", 0, `${db.instances} x ${db.instanceClass}`, missingPrice(db.instanceClass, "aurora.largeHourly")]
        : ["database instances", db.instances * hourly * hours, `${db.instances} x ${db.instanceClass} x ${usd(hourly)}/h x ${hours} h`],
    );
  }
  // The primary is billed for reads and writes; a secondary for its reads, its replicated writes apart.
  const io = secondary ? a.databaseReadIoPerSecond : a.databaseReadIoPerSecond + a.databaseWriteIoPerSecond;
  items.push(["database storage and I/O", a.databaseStorageGb * aurora.storageGbMonth + millionIo(io) * aurora.ioPerMillion,
    `${a.databaseStorageGb} GB x ${usd(aurora.storageGbMonth)}/GB-month + ${io} I/O/s = ${millionIo(io)} M I/O x ${usd(aurora.ioPerMillion)}/M`]);
  if (secondary) {
    const writes = millionIo(a.databaseWriteIoPerSecond);
    items.push(["replicated writes", writes * aurora.replicatedWriteIoPerMillion,
      `${a.databaseWriteIoPerSecond} write I/O/s = ${writes} M x ${usd(aurora.replicatedWriteIoPerMillion)}/M`]);
  }
  const kmsKeys = 1;
  items.push(["KMS keys", kmsKeys * prices.kmsKeyMonthly, `${kmsKeys} x ${usd(prices.kmsKeyMonthly)}/month`]);
  return items;
}

/** Aurora's vCPUs in every region and what Extended Support would add a month for them (years 1-2, with each region's uplift). */
function extendedSupportOf(db: AuroraConfig, regions: readonly string[], prices: PriceTable): ExtendedSupport {
  const perInstance = instanceVcpus(db.instanceClass);
  if (perInstance === undefined) return { enrolled: db.extendedSupport };
  const vcpus = regions.length * db.instances * perInstance;
  const monthly = regions.reduce((total, region) =>
    total + db.instances * perInstance * prices.aurora.extendedSupportVcpuHourly.years1To2 * prices.hoursPerMonth * (1 + regionUplift(prices, region)), 0);
  return { enrolled: db.extendedSupport, vcpus, monthly };
}

function extendedSupportNote(support: ExtendedSupport, prices: PriceTable): string {
  const { years1To2, year3 } = prices.aurora.extendedSupportVcpuHourly;
  const cost = support.monthly === undefined
    ? "db.serverless is billed per ACU-hour: see the Aurora pricing page"
    : `${dollars(support.monthly)} a month more: ${support.vcpus} vCPU x ${usd(years1To2)}/vCPU-h x ${prices.hoursPerMonth} h with each region's prices (years 1-2; ${usd(year3)} in year 3)`;
  return support.enrolled
    ? `Aurora Extended Support is on (aurora.extendedSupport): once the major version is past its end of standard support, ${cost}.`
    : `Aurora Extended Support is off (aurora.extendedSupport): at the end of standard support AWS upgrades the major version itself. Enrolled, ${cost}.`;
}

import { configSection, type Fail } from "../../config-values.js";
import { usd } from "../../../scripts/cost-model.js";
import type { DatabaseConfigInput, DatabaseCost, DatabaseShapes } from "../model-contract.js";

/** CockroachDB Cloud settings: config key `cockroach`. */
export interface CockroachConfig {
  /** "ADVANCED": dedicated nodes in every region; "STANDARD": shared, provisioned vCPUs. Default: "ADVANCED". */
  plan: "ADVANCED" | "STANDARD";
  /** ADVANCED: nodes per region, at least 3 (a region must keep a quorum when a zone fails). Default: 3. */
  nodesPerRegion: number;
  /** ADVANCED: vCPUs of each node: 2, 4, 8, 16 or 32. Default: 4. */
  vCpusPerNode: number;
  /** ADVANCED: storage of each node, GiB, 15-16384. Default: 35. */
  storageGib: number;
  /** STANDARD: vCPUs provisioned for the whole cluster, 2-400. Default: 4. */
  provisionedVirtualCpus: number;
  /** CockroachDB version such as "v25.2". Default: CockroachDB Cloud's current one. */
  cockroachVersion?: string;
  /** Cluster name, 6-20 characters of [a-z0-9-]. Default: derived from the project and stack names. */
  clusterName?: string;
  /** Longest wait, in minutes, for creation or a change to finish, 10-600. Default: 90. */
  timeoutMinutes: number;
  /**
   * Networks admitted to SQL besides the NAT gateways of every region (which always are), IPv4 CIDR
   * notation with no host bits set, e.g. ["203.0.113.0/24"] for an office or a CI runner. Default: none.
   */
  extraAllowlist: string[];
  /**
   * The application's SQL user, created through the Cloud API with the password from the secret
   * cockroachSqlPassword; lower-case letters, digits and underscores, a letter first. Default: "app".
   */
  sqlUser: string;
  /** The application's database, created through the Cloud API; same form as sqlUser. Default: "app". */
  database: string;
}

/** SQL names the cluster already has: a user or database of this project must not take one over. */
const reservedSqlNames = { sqlUser: ["root", "admin", "public", "none", "node"], database: ["system", "defaultdb", "postgres"] };

export function parseCockroachConfig(value: unknown, fail: Fail): CockroachConfig {
  const section = configSection("cockroach", value, fail);
  const vCpuChoices = [2, 4, 8, 16, 32];
  const config: CockroachConfig = {
    plan: section.oneOf("plan", ["ADVANCED", "STANDARD"] as const, "ADVANCED"),
    nodesPerRegion: section.number("nodesPerRegion", 3, 3, 50),
    vCpusPerNode: section.number("vCpusPerNode", 4, 2, 32),
    storageGib: section.number("storageGib", 35, 15, 16_384),
    provisionedVirtualCpus: section.number("provisionedVirtualCpus", 4, 2, 400),
    cockroachVersion: section.text("cockroachVersion", undefined, /^v\d+\.\d+$/, "a CockroachDB version such as v25.2"),
    clusterName: section.text("clusterName", undefined, /^[a-z][a-z0-9-]{4,18}[a-z0-9]$/,
      "6-20 characters: lower-case letters, digits and hyphens, a letter first, no hyphen last"),
    timeoutMinutes: section.number("timeoutMinutes", 90, 10, 600),
    extraAllowlist: section.texts("extraAllowlist", isIpv4Network, "IPv4 networks with no host bits set, such as 203.0.113.0/24 or 198.51.100.7/32"),
    sqlUser: section.text("sqlUser", "app", sqlName, sqlNameRule)!,
    database: section.text("database", "app", sqlName, sqlNameRule)!,
  };
  for (const key of ["sqlUser", "database"] as const) {
    if (reservedSqlNames[key].includes(config[key])) fail(`cockroach.${key}`, config[key], `a name other than ${reservedSqlNames[key].join(", ")}`);
  }
  if (!vCpuChoices.includes(config.vCpusPerNode)) fail("cockroach.vCpusPerNode", config.vCpusPerNode, vCpuChoices.join(", "));
  const repeated = config.extraAllowlist.find((cidr, i) => config.extraAllowlist.indexOf(cidr) !== i);
  if (repeated) fail("cockroach.extraAllowlist", repeated, "each network once");
  section.done();
  return config;
}

const sqlName = /^[a-z][a-z0-9_]{0,62}$/;
const sqlNameRule = "1-63 characters: lower-case letters, digits and underscores, a letter first";

/**
 * What is wrong with the application's SQL password (secret cockroachSqlPassword), never echoing it,
 * or undefined. The cluster accepts connections from the internet (its allowlisted addresses): at
 * least 12 characters, printable ASCII (it is also written into JSON and connection strings).
 */
export function sqlPasswordProblem(password: string): string | undefined {
  if (password.length < 12 || password.length > 128) return `has ${password.length} characters; use 12 to 128`;
  if (/[^\x20-\x7e]/.test(password)) return "holds a character outside printable ASCII";
  return undefined;
}

/**
 * CockroachDB Cloud creates multi-region clusters of 3 regions or more, only in regions its plan
 * serves (cockroachlabs.com/docs/cockroachcloud/regions): caught here rather than by the API mid-deployment.
 */
export function checkCockroachRegions(
  config: CockroachConfig,
  regions: string[],
  fail: Fail,
  catalog: Readonly<Record<string, { cockroachPlans: readonly string[] }>>,
): CockroachConfig {
  if (regions.length < 3) fail("regions", `${regions.length} regions`, "3 or more regions: a multi-region CockroachDB Cloud cluster spans at least 3");
  const served = Object.keys(catalog).filter((code) => catalog[code]!.cockroachPlans.includes(config.plan));
  const unserved = regions.find((region) => !served.includes(region));
  if (unserved) fail("regions", unserved, `regions where CockroachDB Cloud ${config.plan} runs: ${served.join(", ")}`);
  return config;
}

/** "a.b.c.d/n" with every octet 0-255, n 0-32, and no bits set after the prefix (the API keys entries by network). */
export function isIpv4Network(cidr: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) return false;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefix > 32) return false;
  const address = octets.reduce((sum, octet) => sum * 256 + octet, 0);
  return address % 2 ** (32 - prefix) === 0;
}

/** Default allowlist limits of CockroachDB Cloud: ADVANCED clusters on AWS, and STANDARD clusters. */
export const allowlistLimits = { ADVANCED: 20, STANDARD: 50 } as const;

/** Why `entries` allowlist entries may be refused, or undefined within the plan's default limit. */
export function allowlistLimitWarning(plan: CockroachConfig["plan"], entries: number): string | undefined {
  const limit = allowlistLimits[plan];
  if (entries <= limit) return undefined;
  return `the CockroachDB cluster's IP allowlist needs ${entries} entries (NAT gateways and cockroach.extraAllowlist) but a ${plan} ` +
    `cluster allows ${limit} by default: ask Cockroach Labs support to raise the limit, or use natGateways: single`;
}

/** The stack config of a CockroachDB project: config key `cockroach`. */
export interface DatabaseSettings {
  /** CockroachDB Cloud: plan, nodes, hardware (src/database/cockroachdb/model.ts). */
  cockroach: CockroachConfig;
}

export function parseDatabaseSettings({ get, regions, catalog, fail }: DatabaseConfigInput): DatabaseSettings {
  return { cockroach: checkCockroachRegions(parseCockroachConfig(get("cockroach"), fail), regions, fail, catalog) };
}

/** What the bill counts of the cluster, and what a region failure does to its data. */
export function databaseShapes({ cockroach }: DatabaseSettings, regionCount: number): DatabaseShapes {
  return {
    cost: cockroachCost(cockroach),
    failover: [regionCount >= 3
      ? {
        label: "database writes lost (region failure)",
        estimate: "none (RPO 0) with REGION survival; writes continue after about 10-60 s",
        basis: "with ALTER DATABASE ... SURVIVE REGION FAILURE (3+ regions; the default survives a zone only) CockroachDB commits " +
          "through a majority of replicas in different regions; leases of the failed region's ranges move once its nodes miss their liveness heartbeats",
      }
      : {
        label: "database writes lost (region failure)",
        estimate: "none committed is lost, but the data homed in the failed region is unavailable until it returns",
        basis: `with ${regionCount} regions CockroachDB can survive a zone but not a region (REGION survival needs 3 regions)`,
      }],
  };
}

/**
 * CockroachDB Cloud's part of the bill, at its own prices (no AWS uplift): ADVANCED bills each region's
 * nodes, STANDARD the provisioned vCPUs once. The credentials secret is one per region either way.
 */
function cockroachCost(db: CockroachConfig): DatabaseCost {
  const advanced = db.plan === "ADVANCED";
  return {
    engine: "cockroachdb",
    counts: () => ({ databaseInstances: 0, kmsKeys: 0, secrets: 1, alarms: 0 }),
    regionLines: ({ prices }) => {
      if (!advanced) return [];
      const price = prices.cockroachCloud.advancedVcpuHourly;
      return [{
        item: "CockroachDB nodes",
        monthly: db.nodesPerRegion * db.vCpusPerNode * price * prices.hoursPerMonth,
        basis: `${db.nodesPerRegion} nodes x ${db.vCpusPerNode} vCPU x ${usd(price)}/vCPU-h x ${prices.hoursPerMonth} h (CockroachDB Cloud)`,
      }];
    },
    globalLines: (prices) => {
      if (advanced) return [];
      const price = prices.cockroachCloud.standardVcpuHourly;
      return [{
        item: "CockroachDB Cloud (Standard)",
        monthly: db.provisionedVirtualCpus * price * prices.hoursPerMonth,
        basis: `${db.provisionedVirtualCpus} provisioned vCPU x ${usd(price)}/vCPU-h x ${prices.hoursPerMonth} h`,
      }];
    },
    notes: () => advanced ? [] : ["CockroachDB Standard uses the price in prices.cockroachCloud.standardVcpuHourly: check it against your CockroachDB Cloud quote."],
  };
}

import { configSection } from "../../config-values.js";
import { usd } from "../../../scripts/cost-model.js";
import type { CatalogRegion, DatabaseConfigInput, DatabaseCost, DatabaseRegionContext, DatabaseShapes } from "../model-contract.js";

/** Aurora DSQL settings: config key `dsql`. */
export interface DsqlConfig {
  /**
   * Region of the witness: it keeps a window of the encrypted transaction log and breaks ties when a
   * peer is lost, and has no endpoint. It must belong to the peers' multi-Region set and be neither of
   * them; changing it replaces both clusters. Default: the third region of the peers' set.
   */
  witnessRegion: string;
}

/** Where a project's regions stand with DSQL: each region's multi-Region set, as the catalog gives it. */
type FindRegion = (code: string) => CatalogRegion | undefined;

/**
 * What is wrong with these regions for an Aurora DSQL multi-Region cluster, each as the rest of a
 * sentence about the database: DSQL peers exactly two clusters, both in one multi-Region set (US,
 * Europe or Asia Pacific), with the set's third region as witness
 * (docs.aws.amazon.com/aurora-dsql/latest/userguide/configuring-multi-region-clusters.html). A third
 * application region would have to reach a peer in another region, and lose its database with it.
 */
export function dsqlRegionProblems(regions: readonly string[], findRegion: FindRegion): string[] {
  const sets = regions.map((region) => findRegion(region)?.dsqlRegionSet);
  const outside = regions.filter((_, i) => sets[i] === undefined);
  return [
    ...(regions.length !== 2 ? [`peers exactly 2 regions in an Aurora DSQL multi-Region cluster; ${regions.length} chosen`] : []),
    ...(outside.length > 0 ? [`offers no multi-Region cluster in ${outside.join(", ")}`] : []),
    ...(outside.length === 0 && new Set(sets).size > 1 ? [`peers only regions of one set; ${regions.join(", ")} span ${[...new Set(sets)].join(" and ")}`] : []),
  ];
}

/** --help's line: the two regions' sets, from the region catalog. */
export function dsqlRequirement(catalog: readonly { code: string; dsqlRegionSet?: string }[]): string {
  const sets = new Map<string, string[]>();
  for (const { code, dsqlRegionSet } of catalog) if (dsqlRegionSet) sets.set(dsqlRegionSet, [...(sets.get(dsqlRegionSet) ?? []), code]);
  return `exactly 2 regions of one Aurora DSQL set: ${[...sets].map(([set, codes]) => `${set} ${codes.join("/")}`).join("; ")}`;
}

/** The regions of the peers' set that could witness: the set's other regions. */
function witnessCandidates(regions: readonly string[], catalog: DatabaseConfigInput["catalog"]): string[] {
  const set = catalog[regions[0]!]?.dsqlRegionSet;
  return Object.keys(catalog).filter((code) => set !== undefined && catalog[code]!.dsqlRegionSet === set && !regions.includes(code));
}

export function parseDsqlConfig(value: unknown, { regions, catalog, fail }: DatabaseConfigInput): DsqlConfig {
  // Regions edited in the stack config after generation meet the schema's rule here.
  const problems = dsqlRegionProblems(regions, (code) => catalog[code]);
  if (problems.length > 0) fail("regions", regions.join(","), `2 regions of one Aurora DSQL multi-Region set (the database ${problems[0]})`);
  const candidates = witnessCandidates(regions, catalog);
  const section = configSection("dsql", value, fail);
  const config: DsqlConfig = { witnessRegion: section.oneOf("witnessRegion", candidates, candidates[0]!) };
  section.done();
  return config;
}

/** The stack config of an Aurora DSQL project: config key `dsql`. */
export interface DatabaseSettings {
  /** Aurora DSQL: the witness region (src/database/aurora-dsql/model.ts). */
  dsql: DsqlConfig;
}

export function parseDatabaseSettings(input: DatabaseConfigInput): DatabaseSettings {
  return { dsql: parseDsqlConfig(input.get("dsql"), input) };
}

/** What the bill counts of the clusters, and what a region failure loses and stops. */
export function databaseShapes({ dsql }: DatabaseSettings, _regionCount: number): DatabaseShapes {
  return {
    cost: dsqlCost(),
    failover: [
      {
        label: "database writes lost (region failure)",
        estimate: "none (RPO 0)",
        basis: "Aurora DSQL acknowledges a commit once it is logged in at least two of its three regions (the peers and the witness): a committed write survives the loss of any one region",
      },
      {
        label: "database writes back (a peer region lost)",
        estimate: "no failover: the other peer keeps reading and writing; in-flight transactions of the lost region retry",
        basis: `the surviving peer and the witness (${dsql.witnessRegion}) keep a quorum without any control-plane call; ` +
          "the app tier of the lost region is out of service with it, and the service's global routing moves its users to the other region (the figure for users leaving a failed region)",
      },
      {
        label: "witness region lost",
        estimate: "no interruption",
        basis: "both peers keep a quorum between them; losing a peer and the witness at once stops writes",
      },
    ],
  };
}

/**
 * The clusters' part of the bill: per region the DPUs its cluster uses (replicated writes are billed
 * again in the peer, at the originating price) and a copy of the data, at the region's listed price
 * where prices.ts has one, else us-east-1's with the region's uplift.
 */
function dsqlCost(): DatabaseCost {
  return {
    engine: "aurora-dsql",
    // No instance, no customer key (an AWS-owned key encrypts the data), no secret, no alarm.
    counts: () => ({ databaseInstances: 0, kmsKeys: 0, secrets: 0, alarms: 0 }),
    regionLines: (context) => dsqlLines(context),
    globalLines: () => [],
    notes: () => ["Aurora DSQL bills what the workload does (DPUs), not capacity: measure your DPUs on a test cluster (CloudWatch TotalDPU) and set costAssumptions.dsqlMillionDpus."],
  };
}

function dsqlLines({ region, prices, assumptions: a, withUplift }: DatabaseRegionContext) {
  const listed = prices.dsql.regions[region];
  const { perMillionDpu, storageGbMonth } = listed ?? prices.dsql;
  const items: [string, number, string][] = [
    ["Aurora DSQL DPUs", a.dsqlMillionDpus * perMillionDpu, `${a.dsqlMillionDpus} M DPU x ${usd(perMillionDpu)}/M DPU`],
    ["Aurora DSQL storage", a.databaseStorageGb * storageGbMonth, `${a.databaseStorageGb} GB x ${usd(storageGbMonth)}/GB-month`],
  ];
  // A region's own listed price already is its price: no uplift on top.
  return items.map(([item, monthly, basis]) => (listed ? { item, monthly, basis: `${basis} (${region} price)` } : withUplift([item, monthly, basis])));
}

/** Route53 geolocation continent codes. */
export type Continent = "AF" | "AS" | "EU" | "NA" | "OC" | "SA";

/** Cloudflare load-balancing region codes. */
export type CloudflareRegion =
  | "WNAM" | "ENAM" | "WEU" | "EEU" | "NSAM" | "SSAM" | "OC" | "ME" | "NAF" | "SAF" | "SAS" | "SEAS" | "NEAS";

/** CockroachDB Cloud plans; each offers its own list of AWS regions. */
export type CockroachPlan = "ADVANCED" | "STANDARD";

/**
 * Aurora DSQL's multi-Region sets: a multi-Region cluster peers two clusters of one set, and a third
 * region of the same set is its witness. docs.aws.amazon.com/aurora-dsql/latest/userguide/configuring-multi-region-clusters.html,
 * regions as docs.aws.amazon.com/general/latest/gr/dsql.html lists them.
 *
 * Checked 2026-12-04: the user guide's example confirms the US set's shape (peers us-east-1 and
 * us-east-2, witness us-west-2). The Europe and Asia Pacific sets could not be confirmed from a stored
 * copy of either page; they stay as first listed. DSQL runs in more regions than these (AWS Config's
 * dsql-cluster-multi-region-replication-enabled rule is offered in 16, eu-central-1, ap-southeast-1 and
 * ca-central-1 among them): a region outside these sets is refused rather than guessed into one.
 */
export const dsqlRegionSets = {
  US: ["us-east-1", "us-east-2", "us-west-2"],
  Europe: ["eu-west-1", "eu-west-2", "eu-west-3"],
  "Asia Pacific": ["ap-northeast-1", "ap-northeast-2", "ap-northeast-3"],
} as const satisfies Record<string, readonly string[]>;

export type DsqlRegionSet = keyof typeof dsqlRegionSets;

export interface Region {
  code: string;
  name: string;
  continent: Continent;
  cloudflareRegion: CloudflareRegion;
  /** Opt-in regions must be enabled in the account before anything can be deployed there. */
  optIn: boolean;
  /** CockroachDB Cloud plans that can place nodes in the region (cockroachlabs.com/docs/cockroachcloud/regions). */
  cockroachPlans: readonly CockroachPlan[];
  /** The Aurora DSQL multi-Region set the region belongs to (dsqlRegionSets); none where DSQL offers no multi-Region cluster. */
  dsqlRegionSet?: DsqlRegionSet;
  /**
   * Availability zone ids a new stack uses, written into its config once: ids name the same physical
   * zone in every account (names such as us-east-1a do not). Where a region has more zones, these are
   * the ones that offer current instance families (us-east-1's use1-az3 does not).
   */
  zones: readonly string[];
}

const advanced: readonly CockroachPlan[] = ["ADVANCED"];
const both: readonly CockroachPlan[] = ["ADVANCED", "STANDARD"];
const neither: readonly CockroachPlan[] = [];

/** Zone ids of a region whose three zones are numbered az1-az3 (every region opened since 2012, and most older ones). */
const first3 = (prefix: string) => [1, 2, 3].map((n) => `${prefix}-az${n}`);

const row = (
  code: string,
  name: string,
  continent: Continent,
  cloudflareRegion: CloudflareRegion,
  optIn: boolean,
  cockroachPlans: readonly CockroachPlan[],
  zones: readonly string[],
): Region => ({ code, name, continent, cloudflareRegion, optIn, cockroachPlans, dsqlRegionSet: dsqlSetOf(code), zones });

function dsqlSetOf(code: string): DsqlRegionSet | undefined {
  return (Object.keys(dsqlRegionSets) as DsqlRegionSet[]).find((set) => (dsqlRegionSets[set] as readonly string[]).includes(code));
}

/** Every AWS commercial region (partition `aws`). */
export const regionCatalog: readonly Region[] = [
  row("us-east-1", "US East, N. Virginia", "NA", "ENAM", false, both, ["use1-az1", "use1-az2", "use1-az4"]),
  row("us-east-2", "US East, Ohio", "NA", "ENAM", false, both, first3("use2")),
  row("us-west-1", "US West, N. California", "NA", "WNAM", false, neither, ["usw1-az1", "usw1-az3"]),
  row("us-west-2", "US West, Oregon", "NA", "WNAM", false, both, first3("usw2")),
  row("ca-central-1", "Canada, Central", "NA", "ENAM", false, advanced, ["cac1-az1", "cac1-az2", "cac1-az4"]),
  row("ca-west-1", "Canada West, Calgary", "NA", "WNAM", true, advanced, first3("caw1")),
  row("mx-central-1", "Mexico, Central", "NA", "NSAM", true, neither, first3("mxc1")),
  row("sa-east-1", "South America, São Paulo", "SA", "SSAM", false, advanced, first3("sae1")),
  row("eu-west-1", "Europe, Ireland", "EU", "WEU", false, both, first3("euw1")),
  row("eu-west-2", "Europe, London", "EU", "WEU", false, both, first3("euw2")),
  row("eu-west-3", "Europe, Paris", "EU", "WEU", false, advanced, first3("euw3")),
  row("eu-central-1", "Europe, Frankfurt", "EU", "WEU", false, both, first3("euc1")),
  row("eu-central-2", "Europe, Zurich", "EU", "WEU", true, neither, first3("euc2")),
  row("eu-north-1", "Europe, Stockholm", "EU", "EEU", false, advanced, first3("eun1")),
  row("eu-south-1", "Europe, Milan", "EU", "WEU", true, advanced, first3("eus1")),
  row("eu-south-2", "Europe, Spain", "EU", "WEU", true, neither, first3("eus2")),
  row("il-central-1", "Israel, Tel Aviv", "AS", "ME", true, advanced, first3("ilc1")),
  row("me-south-1", "Middle East, Bahrain", "AS", "ME", true, advanced, first3("mes1")),
  row("me-central-1", "Middle East, UAE", "AS", "ME", true, advanced, first3("mec1")),
  row("af-south-1", "Africa, Cape Town", "AF", "SAF", true, neither, first3("afs1")),
  row("ap-east-1", "Asia Pacific, Hong Kong", "AS", "NEAS", true, advanced, first3("ape1")),
  row("ap-east-2", "Asia Pacific, Taipei", "AS", "NEAS", true, neither, first3("ape2")),
  row("ap-south-1", "Asia Pacific, Mumbai", "AS", "SAS", false, both, first3("aps1")),
  row("ap-south-2", "Asia Pacific, Hyderabad", "AS", "SAS", true, neither, first3("aps2")),
  row("ap-southeast-1", "Asia Pacific, Singapore", "AS", "SEAS", false, both, first3("apse1")),
  row("ap-southeast-2", "Asia Pacific, Sydney", "OC", "OC", false, advanced, first3("apse2")),
  row("ap-southeast-3", "Asia Pacific, Jakarta", "AS", "SEAS", true, advanced, first3("apse3")),
  row("ap-southeast-4", "Asia Pacific, Melbourne", "OC", "OC", true, neither, first3("apse4")),
  row("ap-southeast-5", "Asia Pacific, Malaysia", "AS", "SEAS", true, neither, first3("apse5")),
  row("ap-southeast-6", "Asia Pacific, New Zealand", "OC", "OC", true, neither, first3("apse6")),
  row("ap-southeast-7", "Asia Pacific, Thailand", "AS", "SEAS", true, neither, first3("apse7")),
  row("ap-northeast-1", "Asia Pacific, Tokyo", "AS", "NEAS", false, advanced, ["apne1-az1", "apne1-az2", "apne1-az4"]),
  row("ap-northeast-2", "Asia Pacific, Seoul", "AS", "NEAS", false, advanced, first3("apne2")),
  row("ap-northeast-3", "Asia Pacific, Osaka", "AS", "NEAS", false, advanced, first3("apne3")),
];

const byCode = new Map(regionCatalog.map((region) => [region.code, region]));

export const regionCodes: readonly string[] = regionCatalog.map((region) => region.code);

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

export function getRegion(code: string): Region {
  const region = byCode.get(code);
  if (!region) throw new Error(`unknown AWS region "${code}"`);
  return region;
}

/** "eu-west-1 (Europe, Ireland)", as prompts and summaries show a region. */
export function regionLabel(code: string): string {
  const region = byCode.get(code);
  return region ? `${code} (${region.name})` : code;
}

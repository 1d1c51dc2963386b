/** Route53 geolocation continent codes. */
export type Continent = "AF" | "AS" | "EU" | "NA" | "OC" | "SA";

/** Cloudflare load-balancing region codes. */
export type CloudflareRegion =
  | "WNAM" | "ENAM" | "WEU" | "EEU" | "NSAM" | "SSAM" | "OC" | "ME" | "NAF" | "SAF" | "SAS" | "SEAS" | "NEAS";

/** CockroachDB Cloud plans; each offers its own list of AWS regions. */
export type CockroachPlan = "ADVANCED" | "STANDARD";

export interface Region {
  code: string;
  name: string;
  continent: Continent;
  cloudflareRegion: CloudflareRegion;
  /** Opt-in regions must be enabled in the account before anything can be deployed there. */
  optIn: boolean;
  /** CockroachDB Cloud plans that can place nodes in the region (cockroachlabs.com/docs/cockroachcloud/regions). */
  cockroachPlans: readonly CockroachPlan[];
}

const advanced: readonly CockroachPlan[] = ["ADVANCED"];
const both: readonly CockroachPlan[] = ["ADVANCED", "STANDARD"];
const neither: readonly CockroachPlan[] = [];

const row = (code: string, name: string, continent: Continent, cloudflareRegion: CloudflareRegion, optIn: boolean, cockroachPlans: readonly CockroachPlan[]): Region =>
  ({ code, name, continent, cloudflareRegion, optIn, cockroachPlans });

/** Every AWS commercial region (partition `aws`). */
export const regionCatalog: readonly Region[] = [
  row("us-east-1", "US East, N. Virginia", "NA", "ENAM", false, both),
  row("us-east-2", "US East, Ohio", "NA", "ENAM", false, both),
  row("us-west-1", "US West, N. California", "NA", "WNAM", false, neither),
  row("us-west-2", "US West, Oregon", "NA", "WNAM", false, both),
  row("ca-central-1", "Canada, Central", "NA", "ENAM", false, advanced),
  row("ca-west-1", "Canada West, Calgary", "NA", "WNAM", true, advanced),
  row("mx-central-1", "Mexico, Central", "NA", "NSAM", true, neither),
  row("sa-east-1", "South America, São Paulo", "SA", "SSAM", false, advanced),
  row("eu-west-1", "Europe, Ireland", "EU", "WEU", false, both),
  row("eu-west-2", "Europe, London", "EU", "WEU", false, both),
  row("eu-west-3", "Europe, Paris", "EU", "WEU", false, advanced),
  row("eu-central-1", "Europe, Frankfurt", "EU", "WEU", false, both),
  row("eu-central-2", "Europe, Zurich", "EU", "WEU", true, neither),
  row("eu-north-1", "Europe, Stockholm", "EU", "EEU", false, advanced),
  row("eu-south-1", "Europe, Milan", "EU", "WEU", true, advanced),
  row("eu-south-2", "Europe, Spain", "EU", "WEU", true, neither),
  row("il-central-1", "Israel, Tel Aviv", "AS", "ME", true, advanced),
  row("me-south-1", "Middle East, Bahrain", "AS", "ME", true, advanced),
  row("me-central-1", "Middle East, UAE", "AS", "ME", true, advanced),
  row("af-south-1", "Africa, Cape Town", "AF", "SAF", true, neither),
  row("ap-east-1", "Asia Pacific, Hong Kong", "AS", "NEAS", true, advanced),
  row("ap-east-2", "Asia Pacific, Taipei", "AS", "NEAS", true, neither),
  row("ap-south-1", "Asia Pacific, Mumbai", "AS", "SAS", false, both),
  row("ap-south-2", "Asia Pacific, Hyderabad", "AS", "SAS", true, neither),
  row("ap-southeast-1", "Asia Pacific, Singapore", "AS", "SEAS", false, both),
  row("ap-southeast-2", "Asia Pacific, Sydney", "OC", "OC", false, advanced),
  row("ap-southeast-3", "Asia Pacific, Jakarta", "AS", "SEAS", true, advanced),
  row("ap-southeast-4", "Asia Pacific, Melbourne", "OC", "OC", true, neither),
  row("ap-southeast-5", "Asia Pacific, Malaysia", "AS", "SEAS", true, neither),
  row("ap-southeast-6", "Asia Pacific, New Zealand", "OC", "OC", true, neither),
  row("ap-southeast-7", "Asia Pacific, Thailand", "AS", "SEAS", true, neither),
  row("ap-northeast-1", "Asia Pacific, Tokyo", "AS", "NEAS", false, advanced),
  row("ap-northeast-2", "Asia Pacific, Seoul", "AS", "NEAS", false, advanced),
  row("ap-northeast-3", "Asia Pacific, Osaka", "AS", "NEAS", false, advanced),
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

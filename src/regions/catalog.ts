/** Route53 geolocation continent codes. */
export type Continent = "AF" | "AS" | "EU" | "NA" | "OC" | "SA";

/** Cloudflare load-balancing region codes. */
export type CloudflareRegion =
  | "WNAM" | "ENAM" | "WEU" | "EEU" | "NSAM" | "SSAM" | "OC" | "ME" | "NAF" | "SAF" | "SAS" | "SEAS" | "NEAS";

export interface Region {
  code: string;
  name: string;
  continent: Continent;
  cloudflareRegion: CloudflareRegion;
  /** Opt-in regions must be enabled in the account before anything can be deployed there. */
  optIn: boolean;
}

const row = (code: string, name: string, continent: Continent, cloudflareRegion: CloudflareRegion, optIn = false): Region =>
  ({ code, name, continent, cloudflareRegion, optIn });

/** Every AWS commercial region (partition `aws`). */
export const regionCatalog: readonly Region[] = [
  row("us-east-1", "US East, N. Virginia", "NA", "ENAM"),
  row("us-east-2", "US East, Ohio", "NA", "ENAM"),
  row("us-west-1", "US West, N. California", "NA", "WNAM"),
  row("us-west-2", "US West, Oregon", "NA", "WNAM"),
  row("ca-central-1", "Canada, Central", "NA", "ENAM"),
  row("ca-west-1", "Canada West, Calgary", "NA", "WNAM", true),
  row("mx-central-1", "Mexico, Central", "NA", "NSAM", true),
  row("sa-east-1", "South America, São Paulo", "SA", "SSAM"),
  row("eu-west-1", "Europe, Ireland", "EU", "WEU"),
  row("eu-west-2", "Europe, London", "EU", "WEU"),
  row("eu-west-3", "Europe, Paris", "EU", "WEU"),
  row("eu-central-1", "Europe, Frankfurt", "EU", "WEU"),
  row("eu-central-2", "Europe, Zurich", "EU", "WEU", true),
  row("eu-north-1", "Europe, Stockholm", "EU", "EEU"),
  row("eu-south-1", "Europe, Milan", "EU", "WEU", true),
  row("eu-south-2", "Europe, Spain", "EU", "WEU", true),
  row("il-central-1", "Israel, Tel Aviv", "AS", "ME", true),
  row("me-south-1", "Middle East, Bahrain", "AS", "ME", true),
  row("me-central-1", "Middle East, UAE", "AS", "ME", true),
  row("af-south-1", "Africa, Cape Town", "AF", "SAF", true),
  row("ap-east-1", "Asia Pacific, Hong Kong", "AS", "NEAS", true),
  row("ap-east-2", "Asia Pacific, Taipei", "AS", "NEAS", true),
  row("ap-south-1", "Asia Pacific, Mumbai", "AS", "SAS"),
  row("ap-south-2", "Asia Pacific, Hyderabad", "AS", "SAS", true),
  row("ap-southeast-1", "Asia Pacific, Singapore", "AS", "SEAS"),
  row("ap-southeast-2", "Asia Pacific, Sydney", "OC", "OC"),
  row("ap-southeast-3", "Asia Pacific, Jakarta", "AS", "SEAS", true),
  row("ap-southeast-4", "Asia Pacific, Melbourne", "OC", "OC", true),
  row("ap-southeast-5", "Asia Pacific, Malaysia", "AS", "SEAS", true),
  row("ap-southeast-6", "Asia Pacific, New Zealand", "OC", "OC", true),
  row("ap-southeast-7", "Asia Pacific, Thailand", "AS", "SEAS", true),
  row("ap-northeast-1", "Asia Pacific, Tokyo", "AS", "NEAS"),
  row("ap-northeast-2", "Asia Pacific, Seoul", "AS", "NEAS"),
  row("ap-northeast-3", "Asia Pacific, Osaka", "AS", "NEAS"),
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

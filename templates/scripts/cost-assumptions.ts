/** Usage the estimate assumes: config key `costAssumptions`, every entry optional. */
export interface CostAssumptions {
  loadBalancerCapacityUnits: number;
  natProcessedGb: number;
  s3TrafficGb: number;
  flowLogsGb: number;
  accessLogsGb: number;
  crossRegionTransferGb: number;
  databaseStorageGb: number;
  databaseWriteIoPerSecond: number;
  databaseReadIoPerSecond: number;
  auroraServerlessAcu: number;
  dsqlMillionDpus: number;
  objectStorageGb: number;
  objectWritesGb: number;
  dnsQueriesMillions: number;
  userTrafficGb: number;
}

/** Each assumption with its default and meaning (printed with the estimate, listed in the README). */
export const costAssumptionSpecs: { key: keyof CostAssumptions; default: number; meaning: string }[] = [
  { key: "loadBalancerCapacityUnits", default: 1, meaning: "average load-balancer capacity units (LCU) per region, all fleets together" },
  { key: "natProcessedGb", default: 100, meaning: "GB a month through the NAT gateways of each region, S3 traffic excluded (s3TrafficGb counts it)" },
  { key: "s3TrafficGb", default: 50, meaning: "GB a month each region's instances exchange with S3: through the free gateway endpoint, or through NAT where the objects' endpoint cannot take it (the S3 gateway endpoint line says which)" },
  { key: "flowLogsGb", default: 10, meaning: "GB of VPC flow logs each region delivers a month" },
  { key: "accessLogsGb", default: 1, meaning: "GB of load-balancer access logs each region writes a month" },
  { key: "crossRegionTransferGb", default: 100, meaning: "GB a month each region sends to the others (database replication, service calls)" },
  { key: "databaseStorageGb", default: 100, meaning: "GB of Aurora storage, held again in every region" },
  { key: "databaseWriteIoPerSecond", default: 100, meaning: "Aurora write I/O per second, replicated to every secondary" },
  { key: "databaseReadIoPerSecond", default: 100, meaning: "Aurora read I/O per second in each region" },
  { key: "auroraServerlessAcu", default: 2, meaning: "average capacity units of each db.serverless instance (kept within its min and max)" },
  { key: "dsqlMillionDpus", default: 10, meaning: "million Aurora DSQL DPUs each region's cluster uses a month, the peer's replicated writes included" },
  { key: "objectStorageGb", default: 100, meaning: "GB in each region's bucket (replicated buckets each hold a full copy)" },
  { key: "objectWritesGb", default: 10, meaning: "GB a month written to each bucket that takes writes, copied to the others when replicated" },
  { key: "dnsQueriesMillions", default: 10, meaning: "million DNS queries a month for the service's name" },
  { key: "userTrafficGb", default: 100, meaning: "GB a month each region exchanges with users, in the direction that carries more (what a global proxy such as Global Accelerator bills per GB)" },
];

export const defaultCostAssumptions: CostAssumptions = Object.fromEntries(
  costAssumptionSpecs.map(({ key, default: value }) => [key, value]),
) as unknown as CostAssumptions;

/** Reads config key `costAssumptions` (an object of non-negative numbers); errors name the key and value. */
export function parseCostAssumptions(value: unknown, key = "costAssumptions"): CostAssumptions {
  if (value === undefined || value === null) return { ...defaultCostAssumptions };
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`config ${key} is ${JSON.stringify(value)}; allowed: an object`);
  const given = value as Record<string, unknown>;
  const known = costAssumptionSpecs.map((spec) => spec.key as string);
  const unknown = Object.keys(given).find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw new Error(`config ${key}.${unknown} is ${JSON.stringify(given[unknown])}; allowed: one of the keys ${known.join(", ")}`);
  }
  const assumptions = { ...defaultCostAssumptions };
  for (const spec of costAssumptionSpecs) {
    const raw = given[spec.key];
    if (raw === undefined) continue;
    // `pulumi config set --path` stores numbers as text.
    const number = typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (typeof number !== "number" || !Number.isFinite(number) || number < 0) {
      throw new Error(`config ${key}.${spec.key} is ${JSON.stringify(raw)}; allowed: a number from 0 (${spec.meaning})`);
    }
    assumptions[spec.key] = number;
  }
  return assumptions;
}

import { usd, type CostItem } from "../../../scripts/cost-model.js";
import type { FailoverPart } from "../../../scripts/failover-model.js";
import type { ObjectsCostContext, ObjectsModel } from "../contract.js";
import { replicationCostItems, replicationObjectsLost } from "../shared/replication-model.js";

/**
 * Opt-in regions whose buckets a Multi-Region Access Point can serve; every region enabled by default
 * can (docs.aws.amazon.com/AmazonS3/latest/userguide/ConfiguringMrapOptInRegions.html, read 2026-12-04).
 */
export const accessPointOptInRegions: readonly string[] = [
  "af-south-1", "ap-east-1", "ap-southeast-3", "ap-southeast-4", "ap-south-2", "ca-west-1",
  "eu-central-2", "eu-south-1", "eu-south-2", "il-central-1", "me-south-1", "me-central-1",
];

/**
 * Replication behind the access point: keys of the config section `storage`. The access point sends
 * each request to the nearest active bucket, so every bucket takes writes: replication is bidirectional.
 */
export interface ObjectsConfig {
  /** Always "bidirectional": every bucket replicates to every other, replica changes included. */
  replication: "bidirectional";
  /** S3 Replication Time Control: 99.99 % of objects within 15 minutes, with metrics (extra cost). Default: false. */
  replicationTimeControl: boolean;
}

const replicationTimeControl = false;

export const objectsModel: ObjectsModel<ObjectsConfig> = {
  readConfig: (section) => ({
    replication: section.oneOf("replication", ["bidirectional"], "bidirectional"),
    replicationTimeControl: section.flag("replicationTimeControl", replicationTimeControl),
  }),
  initialConfig: () => ({ replication: "bidirectional", replicationTimeControl }),
  shape: (config) => ({
    replication: config.replication,
    replicationTimeControl: config.replicationTimeControl,
    costItems: (context) => [...replicationCostItems(config, context), ...accessPointItems(context)],
    failover: [replicationObjectsLost(config), accessPointFailover],
    gatewayEndpointBypass,
  }),
  // Requests land in whichever bucket is nearest and active: every bucket is written, and replicates.
  bucketAccess: () => "read-write",
};

/**
 * Where the apps' S3 traffic goes instead of the gateway endpoint: "You can't access data through a
 * Multi-Region Access Point by using gateway endpoints" (only a com.amazonaws.s3-global.accesspoint
 * interface endpoint could, which the stack does not create; docs.aws.amazon.com/AmazonS3/latest/userguide/
 * MultiRegionAccessPointRestrictions.html, read 2026-12-04). From a private subnet the requests take the
 * default route, the NAT gateway.
 */
const gatewayEndpointBypass = "its requests go to the Multi-Region Access Point, which gateway endpoints do not serve: NAT processing bills them";

/**
 * The access point's part of a region's bill, assuming all of costAssumptions.s3TrafficGb goes through
 * the access point: S3 charges every GB routed (aws.amazon.com/s3/pricing, "Multi-Region Access Point"),
 * and the NAT gateway processes every GB once (the gateway endpoint line counts none of it).
 */
function accessPointItems(context: ObjectsCostContext): CostItem[] {
  const { alone, prices, assumptions: a } = context;
  if (alone) return [];
  const routing = prices.s3.multiRegionAccessPointRoutingPerGb;
  return [
    ["S3 access point routing", a.s3TrafficGb * routing, `${a.s3TrafficGb} GB x ${usd(routing)}/GB`],
    ["NAT processing, S3 traffic", a.s3TrafficGb * prices.natGateway.perGb,
      `${a.s3TrafficGb} GB x ${usd(prices.natGateway.perGb)}/GB (the apps' S3 traffic, to the access point through NAT: the gateway endpoint does not serve it)`],
  ];
}

/** How the apps reach objects when a region fails: the access point's routes decide. */
const accessPointFailover: FailoverPart = {
  label: "objects through the access point (region failure)",
  estimate: "every route active: requests move to the nearest active region on their own",
  basis: "S3 redirects requests away from a disrupted region among active routes; every route starts active under every routing " +
    "policy (a passive one would take traffic only once SubmitMultiRegionAccessPointRoutes, served in us-east-1, us-west-2, " +
    "ap-southeast-2, ap-northeast-1 and eu-west-1, dials it to 100)",
};

/**
 * Defects put back into a generated project, one at a time (test/mutants.test.ts): each names the
 * file it changes, how, the project's test files that must then fail, and the test that must fail.
 */
export interface Mutant {
  name: string;
  /**
   * Which generated project (test/mutants.test.ts): Route53 geolocation (3 regions, blue/green, Aurora),
   * Cloudflare geolocation, Global Accelerator (3 regions), Aurora DSQL or the S3 Multi-Region Access Point.
   */
  project: "route53" | "cloudflare" | "global-accelerator" | "aurora-dsql" | "access-point";
  /** Path in the generated project. */
  file: string;
  mutate(source: string): string;
  /** Test files of the project to run. */
  tests: string[];
  /** Text of a failing test's name in the output. */
  failing: string;
}

/** Replaces `from` with `to` in a source, every occurrence; the test fails if nothing changed. */
const replace = (from: string | RegExp, to: string) => (source: string) => source.replaceAll(from, to);

export const mutants: Mutant[] = [
  {
    name: "a geolocation location that aliases its region's load balancer alone",
    project: "route53",
    file: "src/traffic/route53/policy-records.ts",
    mutate: (source) => replace("to: { name: `${target.region}.${name}` },", "to: { target },")(
      replace("to: { name: `${primary.region}.${name}` } },", "to: { target: primary } },")(source)),
    tests: ["test/traffic/route53/failover.test.ts"],
    failing: "users of every location reach another region when us-east-1 fails",
  },
  {
    name: "records that ignore the region switch",
    project: "route53",
    file: "src/traffic/route53/health-checks.ts",
    mutate: replace("childHealthThreshold: 2,", "childHealthThreshold: 1,"),
    tests: ["test/traffic/route53/failover.test.ts"],
    failing: "users of every location reach another region when eu-west-1 is switched out of service",
  },
  {
    name: "every region's apps sent to the global writer endpoint",
    project: "route53",
    file: "src/database/aurora-global/index.ts",
    mutate: replace("reader: cluster.readerEndpoint }", "reader: this.globalCluster.endpoint }"),
    tests: ["test/database/aurora-global/aurora.test.ts"],
    failing: "gives the apps of every region their own region's endpoints",
  },
  {
    name: "a bootstrap primary that stops its region's writes once a switchover demotes it",
    project: "route53",
    file: "src/database/aurora-global/cluster.ts",
    mutate: replace("enableGlobalWriteForwarding: role.writeForwarding,\n          skipFinalSnapshot: !protect,", "skipFinalSnapshot: !protect,"),
    tests: ["test/database/aurora-global/aurora.test.ts"],
    failing: "makes secondaries replicas of the primary region, with write forwarding as configured",
  },
  {
    name: "the latest Amazon Linux image looked up when the program runs",
    project: "route53",
    file: "src/fleet.ts",
    mutate: replace(
      "aws.ec2.getAmiOutput({ owners: [owner], filters: [{ name: \"name\", values: [name] }], includeDeprecated: true }, opts).id",
      "aws.ssm.getParameterOutput({ name: \"/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64\" }, opts).insecureValue",
    ),
    tests: ["test/app.test.ts"],
    failing: "boots the image pinned by name in config",
  },
  {
    name: "a new image given to both colors at once",
    project: "route53",
    file: "src/blue-green.ts",
    mutate: replace("image: config.blueGreen.blueImage", "image: config.blueGreen.greenImage"),
    tests: ["test/app.test.ts"],
    failing: "rolls a new image to green only",
  },
  {
    name: "subnets placed by zone name instead of the pinned zone id",
    project: "route53",
    file: "src/network.ts",
    mutate: replace("...(isZoneId(zone) ? { availabilityZoneId: zone } : { availabilityZone: zone }),", "availabilityZone: zone,"),
    tests: ["test/network.test.ts"],
    failing: "spreads every tier of us-east-1 over exactly the zones its config pins",
  },
  {
    name: "zones no longer checked against the instance type when the program runs",
    project: "route53",
    file: "src/stack.ts",
    mutate: replace(/ {2}await Promise\.all\(config\.regions\.map\(\(\{ region, key, zones \}\) => checkZones\([^\n]*\n/g, ""),
    tests: ["test/network.test.ts"],
    failing: "checks the pinned zones when the program runs",
  },
  {
    name: "a deploy job whose OIDC subject its role does not trust",
    project: "route53",
    file: ".github/workflows/ci.yml",
    mutate: replace("    environment: dev\n", ""),
    tests: ["test/ci.test.ts"],
    failing: "presents exactly the OIDC subject README.md tells each role to trust",
  },
  {
    name: "a game day that cannot stop itself",
    project: "route53",
    file: "src/game-day.ts",
    mutate: replace("stopConditions: [usersAffected.arn, ...(args.stopAlarmArns ?? [])]", "stopConditions: [...(args.stopAlarmArns ?? [])]"),
    tests: ["test/game-day.test.ts"],
    failing: "stops the eu-west-1 experiment on customer-facing alarms of its own region",
  },
  {
    name: "every region's apps granted the primary region's database secret",
    project: "route53",
    file: "src/stack.ts",
    mutate: replace("      database: database.appAccess(region),\n    })),\n  }, { provider: providers.global });",
      "      database: database.appAccess(config.primaryRegion),\n    })),\n  }, { provider: providers.global });"),
    tests: ["test/app-access.test.ts"],
    failing: "grants each region's settings, database secret and bucket only to credentials delivered in that region's VPC",
  },
  {
    name: "buckets that keep delete markers with no versions behind them",
    project: "route53",
    file: "src/storage/regional-bucket.ts",
    mutate: replace("        expiration: { expiredObjectDeleteMarker: true },\n", ""),
    tests: ["test/storage.test.ts"],
    failing: "expires old versions after 30 days, leftover delete markers and abandoned uploads, in every bucket",
  },
  {
    name: "a final snapshot name the next destroy finds taken",
    project: "route53",
    file: "src/database/aurora-global/cluster.ts",
    mutate: replace("finalSnapshotIdentifier: pulumi.interpolate`${args.clusterIdentifier}-final-${this.kmsKey.keyId}`,", "finalSnapshotIdentifier: `${args.clusterIdentifier}-final`,"),
    tests: ["test/database/aurora-global/aurora.test.ts"],
    failing: "names the primary's final snapshot after its storage key",
  },
  {
    name: "a global cluster left to AWS's Extended Support default",
    project: "route53",
    file: "src/database/aurora-global/index.ts",
    mutate: replace("      engineLifecycleSupport: lifecycleSupport,\n      storageEncrypted: true,", "      storageEncrypted: true,"),
    tests: ["test/database/aurora-global/aurora.test.ts"],
    failing: "enrols no database in RDS Extended Support unless aurora.extendedSupport says so",
  },
  {
    name: "the color without traffic kept at full size between releases",
    project: "route53",
    file: "src/blue-green.ts",
    mutate: replace("if (weight > 0 || config.blueGreen.releasing) return", "if (weight >= 0) return"),
    tests: ["test/blue-green.test.ts"],
    failing: "runs the color without traffic at blueGreen.idleInstances between releases",
  },
  {
    name: "flow logs of rejected traffic only",
    project: "route53",
    file: "src/network.ts",
    mutate: replace("trafficType: \"ALL\",", "trafficType: \"REJECT\","),
    tests: ["test/network.test.ts"],
    failing: "logs every flow of the us-east-1 VPC, accepted and rejected",
  },
  {
    name: "load balancers that admit the whole internet behind a proxying Cloudflare",
    project: "cloudflare",
    file: "src/stack.ts",
    mutate: replace("      allowedPrefixListId: traffic.allowedPrefixListId(region, provider),\n", ""),
    tests: ["test/traffic/cloudflare/origins.test.ts"],
    failing: "admit only Cloudflare's published ranges while Cloudflare proxies",
  },
  {
    name: "Cloudflare regions listing only their nearest pool",
    project: "cloudflare",
    file: "src/traffic/cloudflare/index.ts",
    mutate: replace("return [code, ranked.map(({ id }) => id)];", "return [code, ranked.slice(0, 1).map(({ id }) => id)];"),
    tests: ["test/traffic/cloudflare/cloudflare.test.ts"],
    failing: "steers every Cloudflare region by geography to the nearest pool first, then every other pool",
  },
  {
    name: "an accelerator that leaves the last region's load balancer out",
    project: "global-accelerator",
    file: "src/traffic/global-accelerator/index.ts",
    mutate: replace("args.regions.forEach(({ region, loadBalancer }, i) => {", "args.regions.slice(0, -1).forEach(({ region, loadBalancer }, i) => {"),
    tests: ["test/policy.test.ts"],
    failing: "the generated stack passes accelerator-reaches-every-region",
  },
  {
    name: "every endpoint group placed in the primary region",
    project: "global-accelerator",
    file: "src/traffic/global-accelerator/index.ts",
    mutate: replace("endpointGroupRegion: region,", "endpointGroupRegion: args.regions[0]!.region,"),
    tests: ["test/traffic/global-accelerator/global-accelerator.test.ts"],
    failing: "gives every region an endpoint group whose one endpoint is its load balancer",
  },
  {
    name: "load balancers that see the accelerator's addresses instead of the users'",
    project: "global-accelerator",
    file: "src/traffic/global-accelerator/index.ts",
    mutate: replace("clientIpPreservationEnabled: true,", "clientIpPreservationEnabled: false,"),
    tests: ["test/traffic/global-accelerator/global-accelerator.test.ts"],
    failing: "client IP preserved",
  },
  {
    name: "latency routing that dials every secondary region to 0",
    project: "global-accelerator",
    file: "src/traffic/global-accelerator/model.ts",
    mutate: replace("if (routing === \"latency\") return regions.map(() => 100);", "if (routing === \"latency\") return regions.map(({ role }) => (role === \"primary\" ? 100 : 0));"),
    tests: ["test/traffic/global-accelerator/global-accelerator.test.ts"],
    failing: "maps each routing policy onto dials so that every region can take users when another fails",
  },
  {
    name: "an accelerator managed through us-east-1, where Global Accelerator has no API",
    project: "global-accelerator",
    file: "src/traffic/global-accelerator/index.ts",
    mutate: replace("}, { provider: apiProvider });", "}, { provider: providers.usEast1 });"),
    tests: ["test/traffic/global-accelerator/global-accelerator.test.ts"],
    failing: "creates the accelerator, its listener and endpoint groups through us-west-2",
  },
  {
    name: "each region's apps granted every DSQL cluster",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("actions: [\"dsql:DbConnect\"], resources: [arn] };", "actions: [\"dsql:DbConnect\"], resources: Object.values(this.clusterArns) };"),
    tests: ["test/database/aurora-dsql/dsql.test.ts"],
    failing: "lets each region's instances connect to their own region's cluster only, and never as admin",
  },
  {
    name: "the apps connecting to DSQL as admin",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("actions: [\"dsql:DbConnect\"],", "actions: [\"dsql:DbConnect\", \"dsql:DbConnectAdmin\"],"),
    tests: ["test/database/aurora-dsql/dsql.test.ts"],
    failing: "lets each region's instances connect to their own region's cluster only, and never as admin",
  },
  {
    name: "every region's apps sent to the first DSQL cluster's endpoint",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("settings: { databaseEndpoint: this.endpoints[region]! }", "settings: { databaseEndpoint: Object.values(this.endpoints)[0]! }"),
    tests: ["test/database/aurora-dsql/dsql.test.ts"],
    failing: "tells each region's instances their own region's endpoint, with no secret anywhere",
  },
  {
    name: "DSQL clusters created without a witness region",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("        multiRegionProperties: { witnessRegion: this.witnessRegion },\n", ""),
    tests: ["test/database/aurora-dsql/dsql.test.ts"],
    failing: "peers one cluster in each of the two regions, with a witness of their set that is neither",
  },
  {
    name: "a DSQL peering made from one side only",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("[[args.peers[0], args.peers[1]], [args.peers[1], args.peers[0]]] as const", "[[args.peers[0], args.peers[1]]] as const"),
    tests: ["test/database/aurora-dsql/dsql.test.ts"],
    failing: "peers one cluster in each of the two regions, with a witness of their set that is neither",
  },
  {
    name: "DSQL clusters a protected stack can delete",
    project: "aurora-dsql",
    file: "src/database/aurora-dsql/index.ts",
    mutate: replace("deletionProtectionEnabled: protect,", "deletionProtectionEnabled: false,"),
    tests: ["test/policy.test.ts"],
    failing: "the protected data variant passes database-deletion-protection on stack prod",
  },
  {
    name: "a Multi-Region Access Point that lets public policies in",
    project: "access-point",
    file: "src/objects/access-point/access-point.ts",
    mutate: replace("blockPublicPolicy: true,", "blockPublicPolicy: false,"),
    tests: ["test/policy.test.ts"],
    failing: "the generated stack passes access-point-public-access-blocked",
  },
  {
    name: "a Multi-Region Access Point that lets buckets with public policies serve",
    project: "access-point",
    file: "src/objects/access-point/access-point.ts",
    mutate: replace("restrictPublicBuckets: true }", "restrictPublicBuckets: false }"),
    tests: ["test/objects/access-point/access-point.test.ts"],
    failing: "puts every region's bucket behind one access point, managed in us-west-2 and closed to the public",
  },
  {
    name: "access point routes active in the primary region only",
    project: "access-point",
    file: "src/objects/access-point/access-point.ts",
    mutate: replace("trafficDialPercentage: active.includes(region) ? 100 : 0", "trafficDialPercentage: region === args.buckets[0]!.region ? 100 : 0"),
    tests: ["test/objects/access-point/access-point.test.ts"],
    failing: "starts with every route active under",
  },
  {
    name: "a pulumi up that puts shifted access point routes back",
    project: "access-point",
    file: "src/objects/access-point/access-point.ts",
    mutate: replace("}, { ...child, ignoreChanges: [\"routes\"] });", "}, child);"),
    tests: ["test/objects/access-point/access-point.test.ts"],
    failing: "leaves later route changes to the operator",
  },
  {
    name: "an access point policy that admits every account",
    project: "access-point",
    file: "src/objects/access-point/access-point.ts",
    mutate: replace("Principal: { AWS: pulumi.interpolate`arn:aws:iam::${this.accessPoint.accountId}:root` },", "Principal: { AWS: \"*\" },"),
    tests: ["test/objects/access-point/access-point.test.ts"],
    failing: "admits only the stack's own account in the access point's policy",
  },
];

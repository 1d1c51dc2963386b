/** On-demand list prices in USD, with their date and source. */
export interface PriceTable {
  /** When the figures were read; printed with every estimate. */
  asOf: string;
  /** Where they come from; printed with every estimate. */
  source: string;
  /** Hours billed in a month. */
  hoursPerMonth: number;
  /** AWS prices are us-east-1's; a region pays them times (1 + its uplift). */
  regionalUplift: { default: number; regions: Record<string, number> };
  ec2: {
    /** Hourly price of each family's `.large` size; other sizes scale with their size (medium = 1/2, xlarge = 2, 4xlarge = 8). */
    largeHourly: Record<string, number>;
    /** gp3 volumes, per GB-month. */
    gp3GbMonth: number;
  };
  loadBalancer: { hourly: number; lcuHourly: number };
  natGateway: { hourly: number; perGb: number };
  /** VPC interface endpoints (aws.amazon.com/privatelink/pricing): per endpoint and zone, and per GB processed. Gateway endpoints (S3) are free. */
  interfaceEndpoint: { zoneHourly: number; perGb: number };
  /** VPC flow logs delivered to S3 (CloudWatch pricing, vended logs, first 10 TB), per GB. */
  flowLogsToS3PerGb: number;
  publicIpv4Hourly: number;
  /** Data sent to another AWS region, per GB. */
  interRegionPerGb: number;
  aurora: {
    /** Hourly price of each instance family's `.large` size (db.r6g.large: "r6g"). */
    largeHourly: Record<string, number>;
    serverlessAcuHourly: number;
    storageGbMonth: number;
    ioPerMillion: number;
    /** Writes replicated to each secondary region, per million I/O. */
    replicatedWriteIoPerMillion: number;
    /**
     * RDS Extended Support per vCPU-hour of provisioned instances, once a major version is past its
     * end of standard support (aurora.extendedSupport): years 1-2, then year 3.
     */
    extendedSupportVcpuHourly: { years1To2: number; year3: number };
  };
  /** Secrets Manager: each secret (every region's copy is one), and API calls. */
  secretsManager: { secretMonthly: number; per10kRequests: number };
  kmsKeyMonthly: number;
  alarmMonthly: number;
  route53: {
    hostedZoneMonthly: number;
    /** Health check of an AWS endpoint; calculated and CloudWatch-metric checks are billed the same. */
    healthCheckMonthly: number;
    /** Health check of an endpoint outside AWS (e.g. a name Cloudflare proxies). */
    healthCheckNonAwsMonthly: number;
    /** Each optional feature of a health check: HTTPS, fast (10 s) interval, string matching, latency. */
    healthCheckFeatureMonthly: number;
  };
  s3: {
    standardGbMonth: number;
    replicationTimeControlPerGb: number;
    /** Multi-Region Access Point data routing, per GB processed (internet acceleration excluded: the apps call it from AWS). */
    multiRegionAccessPointRoutingPerGb: number;
  };
  /** Route53 Application Recovery Controller: a cluster is billed by the hour, controls and rules included. */
  arc: { clusterHourly: number };
  /** AWS Fault Injection Service: per action-minute of an experiment. */
  fis: { actionMinute: number };
  cloudflare: {
    loadBalancerMonthly: number;
    includedOrigins: number;
    extraOriginMonthly: number;
    /** Geo and dynamic (latency) steering. */
    steeringMonthly: number;
    includedQueriesMillions: number;
    perHalfMillionQueries: number;
  };
  cockroachCloud: { advancedVcpuHourly: number; standardVcpuHourly: number };
  /**
   * AWS Global Accelerator (aws.amazon.com/global-accelerator/pricing): a fixed fee per accelerator and
   * hour, enabled or not, and the Data Transfer-Premium per GB in the dominant direction, on top of the
   * usual data transfer out. The premium depends on the area of the AWS Region that serves (first key)
   * and of the edge location the users connect to (second key). Read on `asOf`.
   */
  globalAccelerator: { asOf: string; acceleratorHourly: number; premiumPerGb: Record<string, Record<string, number>> };
  /**
   * Aurora DSQL (aws.amazon.com/rds/aurora/dsql/pricing): per million DPUs (distributed processing
   * units: compute, reads, writes, and a multi-Region cluster's writes again in the peer) and per
   * GB-month of one logical copy in each region. `regions` lists a region whose own price differs
   * from us-east-1's; elsewhere us-east-1's pays the region's uplift.
   */
  dsql: { perMillionDpu: number; storageGbMonth: number; regions: Record<string, { perMillionDpu: number; storageGbMonth: number }> };
}

/**
 * The one price table of the cost estimate (`npm run cost`). Edit the figures here, and `asOf` and
 * `source` with them: both are printed with every estimate. List prices change; review them every
 * quarter and before committing to a design.
 */
export const prices = {
  asOf: "2026-11-01",
  source:
    "AWS on-demand list prices for us-east-1, Linux, USD (aws.amazon.com/ec2, /elasticloadbalancing, /vpc, /rds/aurora (Extended Support included), " +
    "/s3 (Multi-Region Access Point routing read 2026-12-04), /kms, /cloudwatch, /route53 (Application Recovery Controller included), /global-accelerator, /fis, /secrets-manager pricing pages); Cloudflare Load Balancing add-on list prices; " +
    "CockroachDB Cloud from the multi-region active-active pattern document (2025-01); Aurora DSQL from aws.amazon.com/rds/aurora/dsql/pricing (us-east-1, ap-northeast-1)",
  hoursPerMonth: 730,
  // Other regions are typically 5-20 % dearer than us-east-1; 10 % is assumed unless listed here.
  regionalUplift: { default: 0.1, regions: { "us-east-1": 0, "us-east-2": 0, "us-west-2": 0 } },
  ec2: {
    largeHourly: {
      t3: 0.0832, t3a: 0.0752, t4g: 0.0672,
      m5: 0.096, m6i: 0.096, m6g: 0.077, m7i: 0.1008, m7g: 0.0816,
      c5: 0.085, c6i: 0.085, c6g: 0.068, c7i: 0.08925, c7g: 0.0725,
      r5: 0.126, r6i: 0.126, r6g: 0.1008, r7g: 0.1071,
    },
    gp3GbMonth: 0.08,
  },
  loadBalancer: { hourly: 0.0225, lcuHourly: 0.008 },
  natGateway: { hourly: 0.045, perGb: 0.045 },
  interfaceEndpoint: { zoneHourly: 0.01, perGb: 0.01 },
  flowLogsToS3PerGb: 0.25,
  publicIpv4Hourly: 0.005,
  interRegionPerGb: 0.02,
  aurora: {
    // Aurora PostgreSQL, Aurora Standard storage configuration.
    largeHourly: { r6g: 0.26, r7g: 0.276 },
    serverlessAcuHourly: 0.12,
    storageGbMonth: 0.1,
    ioPerMillion: 0.2,
    replicatedWriteIoPerMillion: 0.2,
    extendedSupportVcpuHourly: { years1To2: 0.1, year3: 0.2 },
  },
  secretsManager: { secretMonthly: 0.4, per10kRequests: 0.05 },
  kmsKeyMonthly: 1,
  alarmMonthly: 0.1,
  route53: { hostedZoneMonthly: 0.5, healthCheckMonthly: 0.5, healthCheckNonAwsMonthly: 0.75, healthCheckFeatureMonthly: 1 },
  // Multi-Region Access Point data routing: aws.amazon.com/s3/pricing (Data transfer tab), read 2026-12-04.
  s3: { standardGbMonth: 0.023, replicationTimeControlPerGb: 0.015, multiRegionAccessPointRoutingPerGb: 0.0033 },
  arc: { clusterHourly: 2.5 },
  fis: { actionMinute: 0.1 },
  cloudflare: {
    loadBalancerMonthly: 5,
    includedOrigins: 2,
    extraOriginMonthly: 5,
    steeringMonthly: 10,
    includedQueriesMillions: 0.5,
    perHalfMillionQueries: 0.5,
  },
  // The pattern document lists the dedicated (Advanced) price; Standard is assumed the same until you set yours.
  cockroachCloud: { advancedVcpuHourly: 0.5, standardVcpuHourly: 0.5 },
  // aws.amazon.com/global-accelerator/pricing, read 2026-12-04: $0.025 an hour per accelerator; DT-Premium per
  // GB by the serving region's area (rows) and the edge location's (columns). Its table lists these three areas.
  globalAccelerator: {
    asOf: "2026-12-04",
    acceleratorHourly: 0.025,
    premiumPerGb: {
      northAmerica: { northAmerica: 0.015, europe: 0.015, asiaPacific: 0.035 },
      europe: { northAmerica: 0.015, europe: 0.015, asiaPacific: 0.043 },
      asiaPacific: { northAmerica: 0.012, europe: 0.043, asiaPacific: 0.01 },
    },
  },
  // Checked 2026-12-04. aws.amazon.com/rds/aurora/dsql/pricing confirms what is billed (DPUs, replicated writes
  // again in the peer at the originating cost, one logical copy of storage per region), but its stored copy
  // lists no figure. us-east-1's $8.00 per 1M DPUs and $0.33/GB-month as quoted from it by
  // blog.faridnsh.ninja/unraveling-aurora-dsql-pricing (2025-10, rerun 2026-04) and usage.ai's DSQL pricing
  // page; Tokyo's $10.00 and $0.40 by dev.classmethod.jp/articles/amazon-aurora-dsql-ga-pricing-analysis
  // (2025-05-28). No other region's price was found: they take us-east-1's with the region's uplift.
  // The free tier (100,000 DPUs and 1 GB a month) is not deducted.
  dsql: { perMillionDpu: 8, storageGbMonth: 0.33, regions: { "ap-northeast-1": { perMillionDpu: 10, storageGbMonth: 0.4 } } },
} satisfies PriceTable;

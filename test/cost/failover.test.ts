import { describe, expect, it } from "vitest";
import { estimateFailover, formatFailoverEstimate, formatRange, type FailoverShape } from "../../templates/scripts/failover-model.js";
import * as cloudflareModel from "../../templates/src/traffic/cloudflare/model.js";
import * as route53Model from "../../templates/src/traffic/route53/model.js";
import * as auroraModel from "../../templates/src/database/aurora-global/model.js";
import * as cockroachModel from "../../templates/src/database/cockroachdb/model.js";
import * as noneModel from "../../templates/src/database/none/model.js";
import { objectsModel as noObjects } from "../../templates/src/objects/none/model.js";
import { objectsModel as replicatedObjects } from "../../templates/src/objects/replicated/model.js";

// The routing part of the shape comes from the traffic module's model, as in a project.
const route53 = (requestInterval: number, failureThreshold: number, regionSwitch: "metric" | "arc" = "metric"): FailoverShape["routing"] =>
  route53Model.trafficShapes({ routing: "latency", healthCheck: { requestInterval, failureThreshold }, regionSwitch }).failover;
const cloudflare = (failureThreshold: number, cloudflareProxied: boolean): FailoverShape["routing"] =>
  cloudflareModel.trafficShapes({ routing: "latency", healthCheck: { failureThreshold }, cloudflareProxied }).failover;
const shape = (routing: FailoverShape["routing"], database: FailoverShape["database"], regionCount = 2): FailoverShape => ({
  regionCount,
  routing,
  database,
  objects: noObjects.shape({}).failover,
});
const fail = (key: string, value: unknown, allowed: string): never => {
  throw new Error(`${key} is ${JSON.stringify(value)}; allowed: ${allowed}`);
};
// Each database's figures as its module's model words them, at the default settings.
const aurora = auroraModel.databaseShapes({ aurora: auroraModel.parseAuroraConfig(undefined, fail) }, 2).failover;
const cockroach = (regionCount: number) =>
  cockroachModel.databaseShapes({ cockroach: cockroachModel.parseCockroachConfig(undefined, fail) }, regionCount).failover;
const none = noneModel.databaseShapes({}, 2).failover;
const part = (estimate: ReturnType<typeof estimateFailover>, label: string) => estimate.parts.find((candidate) => candidate.label === label);

describe("time until users leave a failed region", () => {
  it("Route53: between threshold - 1 and threshold intervals to detect, plus up to the 60 s alias TTL", () => {
    const defaults = estimateFailover(shape(route53(30, 3), aurora));
    expect(defaults.detection).toEqual({ min: 60, max: 90 });
    expect(defaults.dnsCache).toEqual({ min: 0, max: 60 });
    expect(defaults.traffic).toEqual({ min: 60, max: 150 });
    expect(part(defaults, "users leave a failed region")?.estimate).toBe("60-150 s");
    expect(part(defaults, "users leave a failed region")?.basis).toContain("Route53 checks every 30 s and needs 3 failures (60-90 s)");

    const fast = estimateFailover(shape(route53(10, 2), aurora));
    expect(fast.traffic).toEqual({ min: 10, max: 80 });
  });

  it("Cloudflare: its monitor's interval; no DNS cache when proxied, the record TTL when not", () => {
    const proxied = estimateFailover(shape(cloudflare(3, true), none));
    expect(proxied.traffic).toEqual({ min: 120, max: 180 });
    expect(formatRange(proxied.traffic)).toBe("2-3 min");
    const unproxied = estimateFailover(shape(cloudflare(3, false), none));
    expect(unproxied.traffic).toEqual({ min: 120, max: 210 });
  });
});

describe("time to take a region out on purpose", () => {
  it("follows the traffic module's switch: a metric alarm takes minutes, ARC and Cloudflare's API seconds", () => {
    expect(estimateFailover(shape(route53(30, 3, "metric"), aurora)).evacuation).toEqual({ min: 60, max: 240 });
    expect(estimateFailover(shape(route53(30, 3, "arc"), aurora)).evacuation).toEqual({ min: 5, max: 90 });
    expect(estimateFailover(shape(cloudflare(3, true), aurora)).evacuation).toEqual({ min: 5, max: 30 });
    expect(estimateFailover(shape(cloudflare(3, false), aurora)).evacuation).toEqual({ min: 5, max: 60 });
  });
});

describe("data loss and write recovery", () => {
  it("Aurora: under a second of writes, a manual failover, a lossless switchover", () => {
    const estimate = estimateFailover(shape(route53(30, 3), aurora));
    expect(part(estimate, "database writes lost (region failure)")?.estimate).toBe("typically under 1 s");
    expect(part(estimate, "database writes lost (region failure)")?.basis).toContain("1000 ms");
    expect(part(estimate, "database writes back (primary region lost)")?.basis).toMatch(/not automatic.*forwarded writes/);
    expect(part(estimate, "planned switchover")?.estimate).toMatch(/^no data loss/);
  });

  it("CockroachDB: no loss with 3 regions (region survival), unavailability with 2", () => {
    const three = estimateFailover(shape(route53(30, 3), cockroach(3), 3));
    expect(part(three, "database writes lost (region failure)")?.estimate).toMatch(/^none \(RPO 0\)/);
    const two = estimateFailover(shape(route53(30, 3), cockroach(2), 2));
    expect(part(two, "database writes lost (region failure)")?.estimate).toMatch(/unavailable until it returns/);
    expect(part(two, "database writes lost (region failure)")?.basis).toContain("REGION survival needs 3 regions");
  });

  it("S3: bounded to 15 minutes only with Replication Time Control", () => {
    const objects = (replicationTimeControl: boolean) =>
      part(estimateFailover({ ...shape(route53(30, 3), none), objects: replicatedObjects.shape({ replication: "bidirectional", replicationTimeControl }).failover }), "objects lost (region failure)");
    expect(objects(true)?.estimate).toContain("15 min");
    expect(objects(false)?.estimate).toContain("no bound");
    expect(part(estimateFailover(shape(route53(30, 3), none)), "objects lost (region failure)")).toBeUndefined();
  });

  it("prints each figure with its basis", () => {
    const lines = formatFailoverEstimate(estimateFailover(shape(route53(30, 3), aurora)));
    expect(lines[0]).toMatch(/^Failover and data loss/);
    expect(lines).toContain("  users leave a failed region: 60-150 s");
  });
});

import { describe, expect, it } from "vitest";
import { findRegion, getRegion, regionCatalog, regionCodes, regionLabel } from "../../src/regions/catalog.js";

describe("region catalog", () => {
  it("lists every AWS commercial region once, with a name", () => {
    expect(new Set(regionCodes).size).toBe(regionCodes.length);
    expect(regionCodes.length).toBeGreaterThanOrEqual(34);
    for (const code of ["us-east-1", "us-west-2", "eu-central-1", "ap-southeast-5", "ca-west-1", "mx-central-1", "il-central-1"]) {
      expect(regionCodes).toContain(code);
    }
    expect(regionCatalog.every((region) => /^[a-z]{2}-[a-z]+-\d$/.test(region.code) && region.name.length > 3)).toBe(true);
  });

  it("leaves out regions of other partitions", () => {
    expect(regionCodes.some((code) => code.startsWith("cn-") || code.startsWith("us-gov-") || code.startsWith("eusc-"))).toBe(false);
  });

  it("maps each region to a Route53 continent and a Cloudflare region that agree", () => {
    const cloudflareByContinent: Record<string, string[]> = {
      NA: ["WNAM", "ENAM", "NSAM"], SA: ["NSAM", "SSAM"], EU: ["WEU", "EEU"], AS: ["ME", "SAS", "SEAS", "NEAS"], OC: ["OC"], AF: ["NAF", "SAF"],
    };
    for (const region of regionCatalog) {
      expect(cloudflareByContinent[region.continent], region.code).toContain(region.cloudflareRegion);
    }
    expect(getRegion("eu-west-1")).toMatchObject({ continent: "EU", cloudflareRegion: "WEU" });
    expect(getRegion("ap-southeast-2")).toMatchObject({ continent: "OC", cloudflareRegion: "OC" });
  });

  it("marks opt-in regions", () => {
    expect(getRegion("af-south-1").optIn).toBe(true);
    expect(getRegion("us-east-1").optIn).toBe(false);
  });

  it("knows where CockroachDB Cloud places nodes, by plan", () => {
    const standard = regionCatalog.filter((region) => region.cockroachPlans.includes("STANDARD")).map((region) => region.code);
    expect(standard.sort()).toEqual(["ap-south-1", "ap-southeast-1", "eu-central-1", "eu-west-1", "eu-west-2", "us-east-1", "us-east-2", "us-west-2"]);
    expect(getRegion("ap-northeast-1").cockroachPlans).toEqual(["ADVANCED"]);
    expect(getRegion("us-west-1").cockroachPlans).toEqual([]);
    // Every region STANDARD serves, ADVANCED serves too.
    expect(regionCatalog.every((region) => !region.cockroachPlans.includes("STANDARD") || region.cockroachPlans.includes("ADVANCED"))).toBe(true);
  });

  it("labels regions the way prompts show them", () => {
    expect(regionLabel("eu-west-1")).toBe("eu-west-1 (Europe, Ireland)");
    expect(findRegion("mars-1")).toBeUndefined();
    expect(() => getRegion("mars-1")).toThrow(/unknown AWS region "mars-1"/);
  });
});

import { describe, expect, it } from "vitest";
import { cidrPlanProblem, planCidrs } from "../../src/regions/cidr.js";

describe("CIDR planner", () => {
  it("gives each region its own /16", () => {
    expect(planCidrs(["us-east-1", "eu-west-1", "ap-south-1"])).toEqual({
      "us-east-1": "10.0.0.0/16",
      "eu-west-1": "10.1.0.0/16",
      "ap-south-1": "10.2.0.0/16",
    });
  });

  it("keeps existing blocks when a region is added", () => {
    const before = planCidrs(["us-east-1", "eu-west-1"]);
    const after = planCidrs(["ap-south-1", "us-east-1", "eu-west-1"], before);
    expect(after["us-east-1"]).toBe(before["us-east-1"]);
    expect(after["eu-west-1"]).toBe(before["eu-west-1"]);
    expect(after["ap-south-1"]).toBe("10.2.0.0/16");
  });

  it("keeps the others' blocks when a region is removed, and reuses the freed one for the next region", () => {
    const before = planCidrs(["us-east-1", "eu-west-1", "ap-south-1"]);
    const removed = planCidrs(["us-east-1", "ap-south-1"], before);
    expect(removed).toEqual({ "us-east-1": "10.0.0.0/16", "ap-south-1": "10.2.0.0/16" });
    expect(planCidrs(["us-east-1", "ap-south-1", "sa-east-1"], removed)["sa-east-1"]).toBe("10.1.0.0/16");
  });

  it("never hands out a block twice, even from a plan that did", () => {
    const plan = planCidrs(["us-east-1", "eu-west-1"], { "us-east-1": "10.5.0.0/16", "eu-west-1": "10.5.0.0/16" });
    expect(plan["us-east-1"]).toBe("10.5.0.0/16");
    expect(plan["eu-west-1"]).toBe("10.0.0.0/16");
  });

  it("reports stored plans that are unusable", () => {
    expect(cidrPlanProblem({ "us-east-1": "10.0.0.0/16", "eu-west-1": "10.1.0.0/16" })).toBeUndefined();
    expect(cidrPlanProblem({ "us-east-1": "10.0.0.0/16", "eu-west-1": "10.0.0.0/16" })).toMatch(/both have 10.0.0.0\/16/);
    expect(cidrPlanProblem({ "us-east-1": "192.168.0.0/16" })).toMatch(/allowed: 10.<0-255>.0.0\/16/);
  });
});

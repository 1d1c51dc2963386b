import { describe, expect, it } from "vitest";
import { instanceFamilies, instanceTypeProblem } from "../../src/ec2/instance-types.js";
import { prices } from "../../templates/scripts/prices.js";

describe("EC2 instance types", () => {
  it.each(["t3.medium", "m7g.large", "c6in.xlarge", "m5.metal", "r8g.medium", "m7i-flex.2xlarge", "u-6tb1.112xlarge", "i4i.metal-24xl", "t4g.nano"])(
    "%s is one",
    (type) => expect(instanceTypeProblem(type)).toBeUndefined(),
  );

  it.each([
    ["t3.banana", 'is not an EC2 instance type: no size "banana"'],
    ["t3.0xlarge", 'is not an EC2 instance type: no size "0xlarge"'],
    ["huge", "is not an EC2 instance type (<family>.<size>)"],
    ["T3.medium", 'is not an EC2 instance type: no family "T3"'],
    ["q9.large", 'is not an EC2 instance type: no family "q9"'],
  ])("%s is not: %s", (type, problem) => {
    expect(instanceTypeProblem(type)).toMatch(new RegExp(`^${problem.replace(/[.()<>]/g, "\\$&")}`));
  });

  it("every family the price table prices is a known family, listed once", () => {
    for (const family of Object.keys(prices.ec2.largeHourly)) expect(instanceFamilies).toContain(family);
    expect(new Set(instanceFamilies).size).toBe(instanceFamilies.length);
  });
});

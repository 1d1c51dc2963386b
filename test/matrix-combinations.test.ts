import { describe, expect, it } from "vitest";
import { withDefaults } from "../src/answers/resolve.js";
import { answerSpecs, type AnswerName, type Answers } from "../src/answers/spec.js";
import { validateAnswers } from "../src/answers/validate.js";
import { findRegion } from "../src/regions/catalog.js";
import { databaseChoices, type DatabaseChoice } from "../templates/src/database/choices.js";
import { enumerateMatrix, fittingRegionVariants, regionVariants, sliceOf } from "./support/matrix/combinations.js";

const valuesOf = (combinations: { given: Partial<Answers> }[], name: AnswerName) =>
  new Set(combinations.map((combination) => JSON.stringify(combination.given[name])));

describe("the matrix of answer combinations, read from the answers schema", () => {
  const matrix = enumerateMatrix();
  const product: AnswerName[] = ["routing", "traffic", "database", "objectReplication", "blueGreen"];

  it("holds every combination of routing x traffic x database x objectReplication x blueGreen once", () => {
    const keys = matrix.combinations.map((combination) => JSON.stringify(product.map((name) => combination.given[name])));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length + matrix.invalid.length).toBe(4 * 3 * databaseChoices.length * 4 * 2);
    expect([...valuesOf(matrix.combinations, "routing")].sort()).toEqual(['"failover"', '"geolocation"', '"latency"', '"weighted"']);
    expect(valuesOf(matrix.combinations, "objectReplication").size).toBe(4);
  });

  it("gives every NAT choice, both region variants, the regions a module declares it fits and both write-forwarding values (on Aurora only)", () => {
    expect(valuesOf(matrix.combinations, "natGateways")).toEqual(new Set(['"per-az"', '"single"']));
    expect(fittingRegionVariants).toEqual([["us-east-1", "us-east-2"]]);
    expect(valuesOf(matrix.combinations, "regions")).toEqual(new Set([...regionVariants, ...fittingRegionVariants].map((regions) => JSON.stringify(regions))));
    const aurora = matrix.combinations.filter((combination) => combination.given.database === "aurora-global");
    expect(valuesOf(aurora, "writeForwarding")).toEqual(new Set(["true", "false"]));
    const others = matrix.combinations.filter((combination) => combination.given.database !== "aurora-global");
    expect(valuesOf(others, "writeForwarding")).toEqual(new Set([undefined]));
  });

  it("does not tie a region variant or a NAT choice to another varied answer", () => {
    for (const regions of regionVariants) {
      const withVariant = matrix.combinations.filter((combination) => combination.given.regions === regions);
      expect(valuesOf(withVariant, "blueGreen")).toEqual(new Set(["true", "false"]));
      expect(valuesOf(withVariant, "natGateways")).toEqual(new Set(['"per-az"', '"single"']));
      // CockroachDB Cloud needs 3 regions: the schema moves it to the larger variant; Aurora DSQL fits neither.
      expect(valuesOf(withVariant, "database")).toEqual(new Set(regions.length >= 3 ? ['"aurora-global"', '"cockroachdb"', '"none"'] : ['"aurora-global"', '"none"']));
    }
    // A module the variants do not fit meets every value it combines with in the regions it declares.
    for (const choice of (databaseChoices as readonly DatabaseChoice[]).filter((c) => regionVariants.every((regions) => (c.regionProblems?.(regions, findRegion) ?? []).length > 0))) {
      const own = matrix.combinations.filter((combination) => combination.given.database === choice.value);
      // routing x traffic x objectReplication x blueGreen, but geolocation with Global Accelerator.
      expect(own.length, choice.value).toBe(4 * 3 * 4 * 2 - 4 * 2);
      expect(valuesOf(own, "regions"), choice.value).toEqual(new Set([JSON.stringify(choice.fittingRegions)]));
      for (const name of ["routing", "traffic", "objectReplication", "blueGreen", "natGateways"] as const) {
        expect(valuesOf(own, name).size, `${choice.value} ${name}`).toBe(valuesOf(matrix.combinations, name).size);
      }
    }
    for (const natGateways of ["per-az", "single"]) {
      const withNat = matrix.combinations.filter((combination) => combination.given.natGateways === natGateways);
      expect(valuesOf(withNat, "blueGreen")).toEqual(new Set(["true", "false"]));
      expect(withNat.length).toBe(matrix.combinations.length / 2);
    }
  });

  it("leaves out only what a module refuses: Global Accelerator has no geolocation routing", () => {
    for (const { label } of matrix.invalid) expect(label).toMatch(/(^|_)geolocation_global-accelerator_/);
    // The reason given is the first region variant's: CockroachDB's 3 regions may come first.
    expect(matrix.invalid.find(({ label }) => !label.includes("cockroachdb"))?.reason)
      .toMatch(/^routing "geolocation" \(from [^)]+\): is not available with traffic global-accelerator, which carries out latency, weighted, failover;/);
    expect(matrix.invalid).toHaveLength(databaseChoices.length * 4 * 2);
    const accelerated = matrix.combinations.filter((combination) => combination.given.traffic === "global-accelerator");
    expect(valuesOf(accelerated, "routing")).toEqual(new Set(['"latency"', '"weighted"', '"failover"']));
    expect(accelerated).toHaveLength(3 * databaseChoices.length * 4 * 2);
  });

  it("is the same on every run", () => {
    expect(enumerateMatrix()).toEqual(matrix);
  });

  it("names each combination by its answers, uniquely and safely for a folder", () => {
    const labels = matrix.combinations.map((combination) => combination.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[a-z0-9_-]+$/);
    const cloudflare = matrix.combinations.find(
      (combination) => combination.given.traffic === "cloudflare" && combination.given.database === "none" && combination.given.objectReplication === "none",
    );
    expect(cloudflare?.label).toContain("_database-none_");
    expect(cloudflare?.label).toContain("_object-replication-none_");
    expect(cloudflare?.flags).toEqual(expect.arrayContaining(["--traffic", "cloudflare", "--regions"]));
  });

  it("keeps only combinations the schema accepts", () => {
    for (const combination of matrix.combinations) {
      expect(() => validateAnswers({ ...withDefaults(combination.given, { folderName: "x" }).answers })).not.toThrow();
    }
  });

  it("takes in a new choice without editing the enumeration, and lets the schema's validation exclude what it rejects", () => {
    const routing = answerSpecs.routing;
    const specs = {
      ...answerSpecs,
      // A value the schema does not accept: it joins the product, and validation rejects it.
      routing: { ...routing, choices: () => [...routing.choices!({}), { value: "anycast", name: "anycast" }] },
      // An answer newly marked: it is covered with values that depend on earlier answers.
      primaryRegion: { ...answerSpecs.primaryRegion, matrix: "cover" as const },
    };
    const grown = enumerateMatrix(specs as typeof answerSpecs);
    expect(grown.combinations.length).toBe(matrix.combinations.length);
    expect(grown.invalid.filter((entry) => entry.label.includes("anycast"))).toHaveLength(3 * databaseChoices.length * 4 * 2);
    expect(grown.invalid.find((entry) => entry.label.includes("anycast"))?.reason).toMatch(/^routing "anycast"/);
    const primaries = valuesOf(grown.combinations, "primaryRegion");
    expect(primaries).toEqual(new Set([...regionVariants, ...fittingRegionVariants].flat().map((region) => JSON.stringify(region))));
  });

  it("refuses to enumerate an answer that has no list of values", () => {
    const specs = { ...answerSpecs, stack: { ...answerSpecs.stack, matrix: "cover" as const } };
    expect(() => enumerateMatrix(specs as typeof answerSpecs)).toThrow(/stack is marked matrix: "cover" but is a string answer/);
  });

  it("narrows a local run to the labels a filter matches, or to a sample spread over the whole matrix", () => {
    const labels = (env: Record<string, string>) => sliceOf(matrix, env).combinations.map((combination) => combination.label);
    expect(labels({})).toEqual(matrix.combinations.map((combination) => combination.label));
    expect(labels({ MATRIX_FILTER: "cloudflare" }).every((label) => label.includes("cloudflare"))).toBe(true);
    expect(labels({ MATRIX_FILTER: "cloudflare" }).length).toBe(matrix.combinations.filter((combination) => combination.given.traffic === "cloudflare").length);
    const sample = sliceOf(matrix, { MATRIX_SAMPLE: "12" }).combinations;
    expect(new Set(sample).size).toBe(12);
    // Spread, not the first twelve: every module of every kind is in it, and both blue/green values.
    for (const name of ["traffic", "database", "objectReplication"] as const) {
      expect(new Set(sample.map((combination) => combination.given[name])), name).toEqual(new Set(matrix.combinations.map((combination) => combination.given[name])));
    }
    expect(new Set(sample.map((combination) => combination.given.blueGreen)).size).toBe(2);
    expect(() => sliceOf(matrix, { MATRIX_SAMPLE: "twelve" })).toThrow(/MATRIX_SAMPLE/);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keyOf, unionOf } from "./support/matrix/dependencies.js";
import { packageOf, undeclaredImports } from "./support/matrix/imports.js";

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "matrix-support-"));
  created.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe("one shared install for every combination", () => {
  it("merges the dependency sets and names both sides of a disagreement", () => {
    const route53 = { label: "a/package.json", dependencies: { "@pulumi/aws": "^7.48.0", vitest: "^5.1.1" } };
    const cloudflare = { label: "b/package.json", dependencies: { "@pulumi/aws": "^7.48.0", "@pulumi/cloudflare": "^6.22.1" } };
    expect(unionOf([route53, cloudflare])).toEqual({ "@pulumi/aws": "^7.48.0", vitest: "^5.1.1", "@pulumi/cloudflare": "^6.22.1" });
    const older = { label: "c/package.json", dependencies: { "@pulumi/aws": "^6.0.0" } };
    expect(() => unionOf([route53, older])).toThrow("generated package.json files disagree on @pulumi/aws: ^7.48.0 (a/package.json) and ^6.0.0 (c/package.json)");
  });

  it("keys the install by the set, whatever the order of its entries", () => {
    expect(keyOf({ a: "1", b: "2" })).toBe(keyOf({ b: "2", a: "1" }));
    expect(keyOf({ a: "1", b: "2" })).not.toBe(keyOf({ a: "1", b: "3" }));
  });
});

describe("imports a generated project does not declare", () => {
  it("reads package names from specifiers", () => {
    expect(["@pulumi/aws/ec2", "yaml", "./config", "node:fs", "path"].map(packageOf)).toEqual(["@pulumi/aws", "yaml", undefined, undefined, undefined]);
  });

  it("holds the Pulumi program to dependencies and lets tests and the policy pack use devDependencies", () => {
    const dir = project({
      "package.json": JSON.stringify({ dependencies: { "@pulumi/aws": "1" }, devDependencies: { yaml: "1", "@pulumi/policy": "1" } }),
      "index.ts": 'import * as aws from "@pulumi/aws";\nimport { readFileSync } from "node:fs";',
      "src/stack.ts": 'import * as cloudflare from "@pulumi/cloudflare";\nimport { parse } from "yaml";',
      "test/stack.test.ts": 'import { parse } from "yaml";\nconst lazy = () => import("@pulumi/aws");',
      "policy/package.json": JSON.stringify({ name: "guardrails" }),
      "policy/index.ts": 'import { PolicyPack } from "@pulumi/policy";\nimport "left-pad";',
    });
    expect(undeclaredImports(dir).sort()).toEqual([
      "policy/index.ts imports left-pad, which package.json does not list",
      "src/stack.ts imports @pulumi/cloudflare, which package.json does not list",
      "src/stack.ts imports yaml, which package.json lists only in devDependencies",
    ]);
  });
});

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withDefaults } from "../../src/answers/resolve.js";
import type { Answers } from "../../src/answers/spec.js";
import { validateAnswers } from "../../src/answers/validate.js";
import { projectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";
import { keyMergeFor } from "../../src/regen/keyed-files.js";
import { conflictLabels } from "../../src/regen/markers.js";
import { mergeText } from "../../src/regen/merge.js";
import { mergeStructured } from "../../src/regen/structured-merge.js";

const labels = conflictLabels("Pulumi.dev.yaml", "2.0.0");
const lines = (...items: string[]) => `${items.join("\n")}\n`;

/** A stack config as the templates write it. */
const stack = (overrides: { routing?: string; domain?: string; extra?: string[]; regions?: string[]; comment?: string } = {}) =>
  lines(
    '# Stack "dev" of svc. Change values with `pulumi config set` (see README.md).',
    "config:",
    "  pulumi:disable-default-providers:",
    "    - aws",
    `  ${overrides.comment ?? "# Primary first. Each region keeps its own block: regions can be peered later."}`,
    "  svc:regions:",
    ...(overrides.regions ?? ["    - region: us-east-1", "      cidrBlock: 10.0.0.0/16", "    - region: eu-west-1", "      cidrBlock: 10.1.0.0/16"]),
    "  svc:primaryRegion: us-east-1",
    `  svc:routing: ${overrides.routing ?? "latency"}`,
    `  svc:domain: ${overrides.domain ?? "svc.example.com"}`,
    "  svc:natGateways: per-az",
    ...(overrides.extra ?? []),
  );

describe("merge by key: the stack config", () => {
  it("`pulumi config set domain` beside a template change of routing merges cleanly (the line merge conflicts there)", () => {
    const base = stack();
    const yours = stack({ domain: "api.acme.io" });
    const theirs = stack({ routing: "weighted" });
    expect(mergeText(yours, base, theirs, labels).conflicts).toBe(1);
    const merged = mergeStructured("Pulumi.dev.yaml", yours, base, theirs, labels);
    expect(merged).toMatchObject({ conflicts: 0, text: stack({ routing: "weighted", domain: "api.acme.io" }) });
  });

  it("a key the user added where the template adds one too: both kept, the template's after its neighbour, the user's comments as they were", () => {
    const base = stack();
    const yours = stack({ extra: ["  # ours: who to page", "  svc:teamOwner: payments # on-call rota"] });
    const theirs = stack({ extra: ["  svc:alertEmail: ops@acme.io"] });
    expect(mergeText(yours, base, theirs, labels).conflicts).toBe(1);
    const merged = mergeStructured("Pulumi.dev.yaml", yours, base, theirs, labels)!;
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toBe(stack({ extra: ["  svc:alertEmail: ops@acme.io", "  # ours: who to page", "  svc:teamOwner: payments # on-call rota"] }));
  });

  it("takes the template's new value and its reworded comment, keeping the user's comment on the value", () => {
    const base = stack();
    const yours = stack().replace("svc:routing: latency", "svc:routing: latency # chosen in review");
    const theirs = stack({ routing: "geolocation", comment: "# Primary first; every region keeps its block." });
    const merged = mergeStructured("Pulumi.dev.yaml", yours, base, theirs, labels)!;
    expect(merged.conflicts).toBe(0);
    expect(merged.text).toContain("  svc:routing: geolocation # chosen in review\n");
    expect(merged.text).toContain("  # Primary first; every region keeps its block.\n  svc:regions:\n");
  });

  it("a template change inside the regions list (weights) merges with an edit elsewhere", () => {
    const weighted = ["    - region: us-east-1", "      cidrBlock: 10.0.0.0/16", "      weight: 200", "    - region: eu-west-1", "      cidrBlock: 10.1.0.0/16", "      weight: 55"];
    const merged = mergeStructured("Pulumi.dev.yaml", stack({ domain: "api.acme.io" }), stack(), stack({ routing: "weighted", regions: weighted }), labels)!;
    expect(merged.conflicts).toBe(0);
    expect(parse(merged.text).config).toMatchObject({
      "svc:routing": "weighted",
      "svc:domain": "api.acme.io",
      "svc:regions": [{ region: "us-east-1", weight: 200 }, { region: "eu-west-1", weight: 55 }],
    });
  });

  it("both sides changing one key: markers around that key only; the template's side in the new-file version", () => {
    const base = stack();
    const yours = stack({ routing: "failover", domain: "api.acme.io" });
    const theirs = stack({ routing: "weighted", extra: ["  svc:alertEmail: ops@acme.io"] });
    const merged = mergeStructured("Pulumi.dev.yaml", yours, base, theirs, labels)!;
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain(
      "  svc:primaryRegion: us-east-1\n<<<<<<< yours (Pulumi.dev.yaml)\n  svc:routing: failover\n=======\n  svc:routing: weighted\n>>>>>>> generator-multiregion 2.0.0\n  svc:domain: api.acme.io\n",
    );
    expect(merged.text).toContain("  svc:alertEmail: ops@acme.io\n");
    expect(merged.theirsAtConflicts).toBe(stack({ routing: "weighted", domain: "api.acme.io", extra: ["  svc:alertEmail: ops@acme.io"] }));
  });

  it("a key the template drops goes when untouched and is a conflict when the user changed it", () => {
    const base = stack({ extra: ["  svc:legacy: 1"] });
    expect(mergeStructured("Pulumi.dev.yaml", stack({ extra: ["  svc:legacy: 1"], domain: "api.acme.io" }), base, stack(), labels)).toMatchObject({
      conflicts: 0,
      text: stack({ domain: "api.acme.io" }),
    });
    const edited = mergeStructured("Pulumi.dev.yaml", stack({ extra: ["  svc:legacy: 2"] }), base, stack(), labels)!;
    expect(edited.conflicts).toBe(1);
    expect(edited.text).toContain("<<<<<<< yours (Pulumi.dev.yaml)\n  svc:legacy: 2\n=======\n>>>>>>>");
  });

  it("a file that does not parse, or would not come back byte for byte, is left to the line merge", () => {
    const base = stack();
    const marked = stack().replace("  svc:routing: latency\n", "<<<<<<< yours (Pulumi.dev.yaml)\n  svc:routing: a\n=======\n  svc:routing: b\n>>>>>>> x\n");
    expect(mergeStructured("Pulumi.dev.yaml", marked, base, stack({ routing: "weighted" }), labels)).toBeUndefined();
    const spaced = stack().replace("svc:domain: svc.example.com", "svc:domain:    svc.example.com");
    expect(mergeStructured("Pulumi.dev.yaml", spaced, base, stack({ routing: "weighted" }), labels)).toBeUndefined();
    expect(mergeStructured("Pulumi.yaml", stack({ domain: "a.io" }), base, stack({ routing: "weighted" }), labels)).toBeUndefined();
  });
});

const pkg = (dependencies: Record<string, string>, extra: Record<string, unknown> = {}, indent: string | number = 2) =>
  `${JSON.stringify({ name: "svc", version: "0.1.0", ...extra, dependencies, devDependencies: { typescript: "~5.9.3" } }, null, indent)}\n`;

describe("merge by key: package.json", () => {
  it("npm install of a dependency beside a template bump of another merges cleanly (the line merge conflicts there)", () => {
    const base = pkg({ "@pulumi/aws": "^7.48.0", "@pulumi/pulumi": "^3.270.0" });
    const yours = pkg({ "@pulumi/aws": "^7.48.0", "@pulumi/pulumi": "^3.270.0", zod: "^4.6.7" });
    const theirs = pkg({ "@pulumi/aws": "^7.48.0", "@pulumi/pulumi": "^3.280.0" });
    expect(mergeText(yours, base, theirs, labels).conflicts).toBe(1);
    expect(mergeStructured("package.json", yours, base, theirs, labels)).toMatchObject({
      conflicts: 0,
      text: pkg({ "@pulumi/aws": "^7.48.0", "@pulumi/pulumi": "^3.280.0", zod: "^4.6.7" }),
    });
  });

  it("keeps a tab-indented file tab-indented; a script the template adds lands after its neighbour", () => {
    const base = pkg({ a: "1" }, { scripts: { test: "vitest run", cost: "node cost.ts" } }, "\t");
    const yours = pkg({ a: "1", b: "2" }, { scripts: { test: "vitest run", cost: "node cost.ts" } }, "\t");
    const theirs = pkg({ a: "1" }, { scripts: { test: "vitest run", check: "tsc", cost: "node cost.ts" } }, "\t");
    expect(mergeStructured("policy/package.json", yours, base, theirs, labels)).toMatchObject({
      conflicts: 0,
      text: pkg({ a: "1", b: "2" }, { scripts: { test: "vitest run", check: "tsc", cost: "node cost.ts" } }, "\t"),
    });
  });

  it("both sides changing one dependency's version: markers around that line only", () => {
    const base = pkg({ "@pulumi/aws": "^7.48.0", "@pulumi/pulumi": "^3.270.0" });
    const merged = mergeStructured("package.json", pkg({ "@pulumi/aws": "^7.50.0", "@pulumi/pulumi": "^3.270.0", zod: "^4" }), base, pkg({ "@pulumi/aws": "^7.60.0", "@pulumi/pulumi": "^3.270.0" }), labels)!;
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain('<<<<<<< yours (Pulumi.dev.yaml)\n    "@pulumi/aws": "^7.50.0",\n=======\n    "@pulumi/aws": "^7.60.0",\n>>>>>>> generator-multiregion 2.0.0\n    "@pulumi/pulumi": "^3.270.0",\n    "zod": "^4"\n');
  });
});

describe("keyMergeFor", () => {
  const rendered = new Map([["Pulumi.dev.yaml", { content: stack({ routing: "weighted" }) }], ["src/a.ts", { content: "a\n" }]]);
  const disk = (files: Record<string, string>) => (path: string) => files[path];

  it("loads the merge by key only when a keyed file was edited and its template changed", async () => {
    expect(await keyMergeFor(rendered, disk({}))).toBeUndefined();
    const base = { ".multiregion/base/Pulumi.dev.yaml.base": stack() };
    expect(await keyMergeFor(rendered, disk({ ...base, "Pulumi.dev.yaml": stack() }))).toBeUndefined();
    expect(await keyMergeFor(rendered, disk({ ...base, "Pulumi.dev.yaml": stack({ routing: "weighted" }) }))).toBeUndefined();
    expect(await keyMergeFor(rendered, disk({ ...base, "Pulumi.dev.yaml": stack({ domain: "api.acme.io" }) }))).toBe(mergeStructured);
  });
});

describe("the files the templates write", () => {
  /** Answer sets that between them use every shape of the stack config (lists, flow lists, maps, comments). */
  const answerSets: Partial<Answers>[] = [
    {},
    { routing: "weighted", traffic: "cloudflare", database: "cockroachdb", regions: ["us-east-1", "eu-west-1", "ap-southeast-2"], alertEmail: "ops@acme.io" },
    { database: "none", objectReplication: "none", blueGreen: false, natGateways: "single", stack: "prod" },
  ];

  it("come back byte for byte from the merge by key, so it is the one that merges them", () => {
    for (const given of answerSets) {
      const answers = validateAnswers({ ...withDefaults(given, { folderName: "svc" }).answers });
      const files = renderProject(projectContext(answers, {}, "0.0.0"), resolve("templates"));
      const keyed = [...files.keys()].filter((path) => /^Pulumi\.[^/]+\.yaml$|(^|\/)package\.json$/.test(path));
      expect(keyed, JSON.stringify(given)).toHaveLength(3);
      for (const path of keyed) {
        const text = files.get(path)!.content;
        expect(mergeStructured(path, text, text, text, labels), `${path} of ${JSON.stringify(given)}`).toEqual({ text, conflicts: 0, theirsAtConflicts: text });
      }
    }
  });
});

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import helpers from "yeoman-test";
import { parse } from "yaml";
import { answerNames } from "../../src/answers/spec.js";
import { flagName } from "../../src/answers/flags.js";
import { tempDir } from "../cli/run-cli.js";

const generator = resolve("dist/generators/app/index.js");
/** In a folder whose name is a valid project name, the default name. */
const run = () => {
  const dir = join(tempDir(), "inventory");
  mkdirSync(dir);
  return helpers.run(generator).cd(dir).withOptions({ skipGit: true } as never);
};
/** The project is written to disk by the generator itself, not through Yeoman's in-memory file system. */
const json = (result: { cwd: string }, path: string) => JSON.parse(readFileSync(join(result.cwd, path), "utf8")) as unknown;
const stackYaml = (result: { cwd: string }, stack = "dev") => parse(readFileSync(join(result.cwd, `Pulumi.${stack}.yaml`), "utf8")).config as Record<string, unknown>;

describe("yo multiregion on a terminal", () => {
  it("asks the questions, in order, and writes the answers as stack config", async () => {
    const result = await run().withAnswers(
      {
        name: "orders",
        regions: ["eu-west-1", "ap-southeast-2", "us-east-1"],
        primaryRegion: "eu-west-1",
        routing: "weighted",
        weights: { "eu-west-1": 200, "ap-southeast-2": 50, "us-east-1": 5 },
        traffic: "route53",
        regionSwitch: "arc",
        domain: "orders.acme.io",
        database: "aurora-global",
        writeForwarding: false,
        objectReplication: "one-way",
        blueGreen: false,
        alertEmail: "ops@acme.io",
        instanceType: "m7g.large",
        minSize: 3,
        maxSize: 12,
        desiredCapacity: 6,
        natGateways: "single",
        stack: "prod",
      },
      { throwOnMissingAnswer: true },
    );
    const asked = result.askedQuestions.map((question) => question.name);
    // Every answer but the package manager, which is never asked (the one running the generator, or a flag).
    expect(asked).toEqual(answerNames.filter((name) => name !== "packageManager"));
    const config = stackYaml(result, "prod");
    expect(config["orders:regions"]).toEqual([
      { region: "eu-west-1", cidrBlock: "10.0.0.0/16", zones: ["euw1-az1", "euw1-az2", "euw1-az3"], weight: 200 },
      { region: "ap-southeast-2", cidrBlock: "10.1.0.0/16", zones: ["apse2-az1", "apse2-az2", "apse2-az3"], weight: 50 },
      { region: "us-east-1", cidrBlock: "10.2.0.0/16", zones: ["use1-az1", "use1-az2", "use1-az4"], weight: 5 },
    ]);
    expect(config).toMatchObject({
      "orders:primaryRegion": "eu-west-1",
      "orders:routing": "weighted",
      "orders:regionSwitch": "arc",
      "orders:domain": "orders.acme.io",
      "orders:natGateways": "single",
      "orders:alertEmail": "ops@acme.io",
      // A Graviton type boots the arm64 build of the pinned image.
      "orders:app": { instanceType: "m7g.large", minSize: 3, maxSize: 12, desiredCapacity: 6, image: "al2023-ami-2023.12.20260918.0-kernel-6.1-arm64" },
      "pulumi:disable-default-providers": ["aws"],
    });
    expect(json(result, ".yo-rc.json")).toMatchObject({ "generator-multiregion": { name: "orders", stack: "prod", writeForwarding: false } });
    expect(json(result, "package.json")).toMatchObject({ name: "orders" });
  });

  it("skips weights unless routing is weighted", async () => {
    const result = await run().withAnswers({ routing: "latency", regions: ["us-east-1", "eu-west-1"] });
    expect(result.askedQuestions.map((question) => question.name)).not.toContain("weights");
  });

  it("asks only what flags and the answers file leave open", async () => {
    const dir = tempDir();
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify({ traffic: "cloudflare", database: "none", routing: "geolocation" }));
    const result = await run()
      .withOptions({ answers: file, routing: "failover", regions: "us-west-2,eu-central-1" } as never)
      .withAnswers({ name: "edge" });
    const asked = result.askedQuestions.map((question) => question.name);
    expect(asked).not.toContain("traffic");
    expect(asked).not.toContain("routing");
    expect(asked).not.toContain("regions");
    expect(asked).toContain("stack");
    const config = stackYaml(result);
    expect(config["edge:routing"]).toBe("failover");
    expect(config["pulumi:disable-default-providers"]).toEqual(["aws", "cloudflare"]);
    expect((config["edge:regions"] as { region: string }[]).map((r) => r.region)).toEqual(["us-west-2", "eu-central-1"]);
  });
});

describe("yo multiregion --yes", () => {
  it("takes every default and asks nothing", async () => {
    const result = await run().withOptions({ yes: true } as never);
    expect(result.askedQuestions).toEqual([]);
    const config = stackYaml(result);
    const name = "inventory";
    expect(config[`${name}:routing`]).toBe("latency");
    expect(config[`${name}:domain`]).toBe(`${name}.example.com`);
    result.assertFile(["index.ts", "src/config.ts", "src/custom/index.ts", ".gitignore", "README.md", "tsconfig.json"]);
  });

  it("keeps CIDR blocks given in an answers file", async () => {
    const dir = tempDir();
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify({ regions: ["us-east-1", "eu-west-1"], cidrBlocks: { "eu-west-1": "10.7.0.0/16" } }));
    const result = await run().withOptions({ yes: true, answers: file } as never);
    const regions = Object.entries(stackYaml(result)).find(([key]) => key.endsWith(":regions"))![1];
    expect(regions).toEqual([
      { region: "us-east-1", cidrBlock: "10.0.0.0/16", zones: ["use1-az1", "use1-az2", "use1-az4"] },
      { region: "eu-west-1", cidrBlock: "10.7.0.0/16", zones: ["euw1-az1", "euw1-az2", "euw1-az3"] },
    ]);
  });
});

describe("--help", () => {
  it("lists every flag with what it allows and its default", async () => {
    const result = await run().withOptions({ yes: true } as never);
    const help = (result.generator as unknown as { help(): string }).help();
    for (const name of answerNames) expect(help).toContain(`--${flagName(name)}`);
    for (const flag of ["--yes", "--answers", "--reconfigure", "--dry-run", "--skip-install", "--skip-git", "--on-conflict"]) expect(help).toContain(flag);
    expect(help).toMatch(/--routing <value>\s+Global routing policy\s+allowed: latency, geolocation, weighted, failover\s+default: latency/);
    expect(help).toMatch(/Usage: yo multiregion \[name\] \[options\]/);
  });
});

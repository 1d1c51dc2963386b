import { describe, expect, it } from "vitest";
import { flagName, parseFlagValue } from "../../src/answers/flags.js";
import { readInvocation } from "../../src/cli/options.js";
import { answersToAsk, gatherAnswers } from "../../src/answers/gather.js";
import { questionsFor } from "../../src/answers/prompts.js";
import { missingAnswers, withDefaults } from "../../src/answers/resolve.js";
import { answerNames, answerSpecs, projectNameFrom, type Answers } from "../../src/answers/spec.js";
import { AnswerError, effectiveWeights, validateAnswers, validateGiven } from "../../src/answers/validate.js";
import { answerWarnings } from "../../src/answers/warnings.js";

const defaults = (given: Partial<Answers> = {}) => withDefaults(given, { folderName: "my-service" }).answers;
const invalid = (given: Partial<Answers>) => () => validateAnswers({ ...defaults(given) }, {});

describe("answers schema", () => {
  it("declares every answer of the design with prompt text, allowed values and a default", () => {
    expect(answerNames).toEqual([
      "name", "regions", "primaryRegion", "routing", "weights", "traffic", "regionSwitch", "domain", "database", "writeForwarding",
      "objectReplication", "blueGreen", "alertEmail", "instanceType", "minSize", "maxSize", "desiredCapacity", "natGateways", "stack", "packageManager",
    ]);
    for (const spec of Object.values(answerSpecs)) {
      expect(spec.description.length).toBeGreaterThan(5);
      expect(spec.allowed.length).toBeGreaterThan(3);
      expect(spec.defaultText.length).toBeGreaterThan(0);
    }
  });

  it("defaults to the pattern's deployment", () => {
    expect(defaults()).toMatchObject({
      name: "my-service", regions: ["us-east-1", "eu-west-1"], primaryRegion: "us-east-1", routing: "latency", traffic: "route53",
      domain: "my-service.example.com", database: "aurora-global", writeForwarding: true, objectReplication: "bidirectional",
      blueGreen: true, alertEmail: "", instanceType: "t3.medium", minSize: 2, maxSize: 10, desiredCapacity: 4, natGateways: "per-az", stack: "dev",
    });
    expect(validateAnswers({ ...defaults() })).toEqual(defaults());
  });

  it("derives defaults from earlier answers", () => {
    expect(defaults({ regions: ["eu-west-1", "ap-south-1"] }).primaryRegion).toBe("eu-west-1");
    expect(defaults({ name: "api" }).domain).toBe("api.example.com");
    expect(defaults({ maxSize: 3 }).desiredCapacity).toBe(3);
    expect(defaults({ regions: ["eu-west-1", "ap-south-1"] }).weights).toEqual({ "eu-west-1": 100, "ap-south-1": 100 });
  });

  it("takes the folder's name as it is, and refuses one that is not a project name with a suggestion", () => {
    const fromFolder = (folderName: string) => () => validateAnswers({ ...withDefaults({}, { folderName }).answers }, { name: "default" });
    expect(fromFolder("orders")).not.toThrow();
    expect(fromFolder("sérvice")).toThrow(/^name "sérvice" \(from the folder's name\): is not a valid project name; allowed: .*; for example --name service$/);
    expect(fromFolder("1svc")).toThrow(/for example --name svc$/);
  });

  it("suggests a project name close to any text", () => {
    expect(projectNameFrom("My Service")).toBe("my-service");
    expect(projectNameFrom("123-app")).toBe("app");
    expect(projectNameFrom("___")).toBe("multiregion-service");
    expect(projectNameFrom("sérvice")).toBe("service");
    // Cut to 40 characters without leaving a trailing hyphen (the default domain would be invalid).
    expect(projectNameFrom("Regions Failover Cloudflare CockroachDB - Staging")).toBe("regions-failover-cloudflare-cockroachdb");
  });
});

describe("validation", () => {
  it.each([
    [{ regions: ["us-east-1"] }, /regions "us-east-1".*needs at least 2 regions/],
    [{ regions: ["us-east-1", "us-east-1"] }, /lists a region twice/],
    [{ regions: ["us-east-1", "moon-1"] }, /"moon-1" is not an AWS commercial region/],
    [{ regions: Array.from({ length: 12 }, (_, i) => ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2"][i]!) }, /at most 11/],
    [{ primaryRegion: "ap-south-1" }, /primaryRegion "ap-south-1".*not one of the chosen regions/],
    [{ routing: "round-robin" as never }, /routing "round-robin".*allowed: latency, geolocation, weighted, failover/],
    [{ routing: "weighted", weights: { "us-east-1": 0, "eu-west-1": 0 } }, /weights.*are all 0/],
    [{ weights: { "ap-south-1": 5 } }, /names ap-south-1, not among the chosen regions/],
    [{ weights: { "us-east-1": 256 } }, /at most 255/],
    [{ weights: { "us-east-1": -1 } }, /at least 0/],
    [{ minSize: 5, maxSize: 3, desiredCapacity: 4 }, /minSize 5.*is above maxSize/],
    [{ desiredCapacity: 11 }, /desiredCapacity 11.*outside minSize..maxSize/],
    [{ minSize: 0 }, /minSize 0.*at least 1/],
    [{ instanceType: "large" }, /instanceType "large".*not an EC2 instance type/],
    [{ domain: "localhost" }, /domain "localhost".*not a valid DNS name/],
    [{ alertEmail: "ops@" }, /alertEmail "ops@".*not a valid email/],
    [{ name: "My App" }, /name "My App".*not a valid project name/],
    [{ stack: "dev stack" }, /stack "dev stack".*not a valid stack name/],
    [{ traffic: "bind" as never }, /traffic "bind".*allowed: route53, cloudflare/],
    [{ regionSwitch: "dns" as never }, /regionSwitch "dns".*allowed: metric \(a CloudWatch metric per region, cents a month\), arc/],
    [{ traffic: "cloudflare", regionSwitch: "arc" }, /^regionSwitch "arc" \(from [^)]+\): needs traffic route53 \(ARC routing controls gate Route53 records\); traffic is cloudflare; allowed: /],
    [{ traffic: "global-accelerator", routing: "geolocation" }, /^routing "geolocation" \(from [^)]+\): is not available with traffic global-accelerator, which carries out latency, weighted, failover; allowed: /],
    [{ traffic: "global-accelerator", regions: ["us-east-1", "mx-central-1"] }, /^traffic "global-accelerator" \(from [^)]+\): is not offered by Global Accelerator in mx-central-1; allowed: .*global-accelerator \(routing latency, weighted, failover; regions Global Accelerator serves\)/],
    [{ database: "mysql" as never }, /database "mysql".*allowed: aurora-global, cockroachdb \(3 or more regions that CockroachDB Cloud offers\), aurora-dsql \(exactly 2 regions of one Aurora DSQL set: US us-east-1\/us-east-2\/us-west-2; Europe eu-west-1\/eu-west-2\/eu-west-3; Asia Pacific ap-northeast-1\/ap-northeast-2\/ap-northeast-3\), none/],
    [{ database: "aurora-dsql", regions: ["us-east-1", "eu-west-1"] }, /database "aurora-dsql".*peers only regions of one set; us-east-1, eu-west-1 span US and Europe/],
    [{ database: "aurora-dsql", regions: ["eu-west-1", "eu-west-2", "eu-west-3"] }, /database "aurora-dsql".*peers exactly 2 regions in an Aurora DSQL multi-Region cluster; 3 chosen/],
    [{ database: "aurora-dsql", regions: ["eu-west-1", "eu-central-1"] }, /database "aurora-dsql".*offers no multi-Region cluster in eu-central-1/],
    [{ database: "cockroachdb" }, /database "cockroachdb".*needs at least 3 regions for a multi-region CockroachDB Cloud cluster; 2 chosen/],
    [{ database: "cockroachdb", regions: ["us-east-1", "eu-west-1", "us-west-1"] }, /database "cockroachdb".*not offered by CockroachDB Cloud in us-west-1/],
    [{ objectReplication: "access-point", regions: ["us-east-1", "mx-central-1"] }, /^objectReplication "access-point" \(from [^)]+\): is not served by S3 Multi-Region Access Points in mx-central-1: they serve every region enabled by default and the opt-in af-south-1, .*me-central-1; allowed: /],
    [{ objectReplication: "mirror" as never }, /objectReplication "mirror".*allowed: bidirectional, one-way, access-point \(regions that S3 Multi-Region Access Points serve\), none/],
    [{ domain: `${"a".repeat(60)}.example.com` }, /is 72 characters; an ACM certificate's name takes at most 64/],
  ] as [Partial<Answers>, RegExp][])("rejects %j", (given, message) => {
    expect(invalid(given)).toThrow(AnswerError);
    expect(invalid(given)).toThrow(message);
  });

  it("names where a bad value came from", () => {
    expect(() => validateGiven({ routing: "x" as never }, { routing: "--routing" })).toThrow(/\(from --routing\)/);
    expect(() => validateAnswers({ ...defaults(), colour: "blue" }, {}, "answers.json")).toThrow(/answers.json: unknown answer "colour"/);
  });

  it("fills missing weights with 100", () => {
    expect(effectiveWeights({ regions: ["us-east-1", "eu-west-1"], weights: { "us-east-1": 7 } })).toEqual({ "us-east-1": 7, "eu-west-1": 100 });
  });
});

describe("warnings", () => {
  it("accepts a Multi-Region Access Point over default regions and the opt-in regions it serves", () => {
    expect(() => validateAnswers({ ...defaults({ objectReplication: "access-point", regions: ["us-east-1", "eu-central-2", "ap-southeast-1"] }) })).not.toThrow();
  });

  it("accepts CockroachDB with 3 regions it offers", () => {
    expect(() => validateAnswers({ ...defaults({ database: "cockroachdb", regions: ["us-east-1", "eu-west-1", "ap-south-1"] }) })).not.toThrow();
  });

  it("warns when geolocation regions share a continent", () => {
    const warnings = answerWarnings(defaults({ routing: "geolocation", regions: ["us-east-1", "us-west-2", "eu-west-1"] }));
    expect(warnings.join()).toMatch(/us-west-2 shares continent NA with us-east-1/);
    const primaryLast = answerWarnings(defaults({ routing: "geolocation", regions: ["us-east-1", "eu-west-1", "us-west-2"], primaryRegion: "us-west-2" }));
    expect(primaryLast.join()).toMatch(/us-east-1 shares continent NA with us-west-2/);
  });

  it("warns that secondaries cannot write without write forwarding", () => {
    const warnings = answerWarnings(defaults({ writeForwarding: false }));
    expect(warnings.join("\n")).toMatch(/write forwarding off: apps in eu-west-1 can read but not write .* use --write-forwarding/);
    expect(answerWarnings(defaults({ writeForwarding: true })).join("\n")).not.toMatch(/write forwarding off/);
  });

  it("warns about the placeholder domain and opt-in regions", () => {
    const warnings = answerWarnings(defaults({ regions: ["us-east-1", "af-south-1"] }), { defaultedDomain: true });
    expect(warnings.join("\n")).toMatch(/placeholder my-service.example.com/);
    expect(warnings.join("\n")).toMatch(/af-south-1: opt-in/);
  });
});

describe("flags", () => {
  it("names flags after answers in kebab-case", () => {
    expect(flagName("primaryRegion")).toBe("primary-region");
    expect(flagName("desiredCapacity")).toBe("desired-capacity");
  });

  it("parses lists, maps and numbers from text", () => {
    expect(parseFlagValue("list", "us-east-1, eu-west-1")).toEqual(["us-east-1", "eu-west-1"]);
    expect(parseFlagValue("map", "us-east-1=200,eu-west-1=55")).toEqual({ "us-east-1": 200, "eu-west-1": 55 });
    expect(parseFlagValue("integer", "7")).toBe(7);
    expect(parseFlagValue("integer", "seven")).toBe("seven");
  });

  it("reads both Yeoman's kebab-case and yo's camelCase option keys into one typed invocation", () => {
    const { answers, run } = readInvocation({ "min-size": "3", routing: "weighted", blueGreen: false, "dry-run": true, skipGit: true, "on-conflict": "new-file" });
    expect(answers).toEqual({ minSize: 3, routing: "weighted", blueGreen: false });
    expect(run).toMatchObject({ dryRun: true, skipGit: true, onConflict: "new-file", yes: false, skipInstall: false });
  });

  it("takes the old --dns as --traffic with a warning, and refuses the two disagreeing", () => {
    expect(readInvocation({ dns: "cloudflare" })).toMatchObject({
      answers: { traffic: "cloudflare" },
      spelled: { traffic: "--dns" },
      notices: ["warning: --dns is deprecated: use --traffic"],
    });
    expect(readInvocation({ dns: "cloudflare", traffic: "cloudflare" }).answers).toEqual({ traffic: "cloudflare" });
    expect(() => readInvocation({ dns: "cloudflare", traffic: "route53" })).toThrow(
      '--dns "cloudflare" and --traffic "route53" disagree: --dns is the deprecated spelling of --traffic; allowed: --traffic alone',
    );
  });
});

describe("gathering and asking", () => {
  it("lets flags beat the answers file and the file beat stored answers", () => {
    const { known, sources } = gatherAnswers({
      stored: { routing: "latency", traffic: "route53", stack: "prod" },
      file: { routing: "weighted", traffic: "cloudflare" },
      fileOrigin: "a.json",
      flags: { routing: "failover" },
    });
    expect(known).toEqual({ routing: "failover", traffic: "cloudflare", stack: "prod" });
    expect(sources).toEqual({ routing: "--routing", traffic: "a.json", stack: ".yo-rc.json" });
  });

  it("asks what is missing on a terminal, nothing with --yes or on a re-run, everything with --reconfigure", () => {
    const known = { routing: "latency" as const };
    const mode = { interactive: true, yes: false, reconfigure: false, regenerating: false };
    expect(answersToAsk(known, mode)).toEqual(missingAnswers(known).filter((name) => name !== "packageManager"));
    expect(answersToAsk(known, { ...mode, yes: true })).toEqual([]);
    expect(answersToAsk(known, { ...mode, regenerating: true })).toEqual([]);
    expect(answersToAsk(known, { ...mode, regenerating: true, reconfigure: true })).toEqual(answerNames.filter((name) => name !== "packageManager"));
  });

  it("refuses to guess without a terminal, naming the missing answers", () => {
    const mode = { interactive: false, yes: false, reconfigure: false, regenerating: false };
    expect(() => answersToAsk({ regions: ["us-east-1", "eu-west-1"] }, mode)).toThrow(/no terminal to ask for name, primaryRegion, routing/);
    expect(() => answersToAsk({ regions: ["us-east-1", "eu-west-1"] }, mode)).not.toThrow(/weights/);
  });
});

describe("prompts", () => {
  const questions = questionsFor(answerNames, {}, { folderName: "svc" });
  const byName = Object.fromEntries(questions.map((q) => [q.name, q]));

  it("uses select, checkbox, confirm and input", () => {
    expect(byName.routing).toMatchObject({ type: "select" });
    expect(byName.regions).toMatchObject({ type: "checkbox" });
    expect(byName.blueGreen).toMatchObject({ type: "confirm" });
    expect(byName.domain).toMatchObject({ type: "input" });
  });

  it("shows regions by name, the defaults checked, and offers only chosen regions as primary", () => {
    const regions = byName.regions!.choices!({});
    expect(regions.find((choice) => choice.value === "eu-west-1")).toEqual({ value: "eu-west-1", name: "eu-west-1 (Europe, Ireland)", checked: true });
    expect(regions.filter((choice) => choice.checked).map((choice) => choice.value)).toEqual(["us-east-1", "eu-west-1"]);
    expect(byName.primaryRegion!.choices!({ regions: ["ap-south-1", "sa-east-1"] }).map((choice) => choice.value)).toEqual(["ap-south-1", "sa-east-1"]);
  });

  it("asks for weights only with weighted routing, and for write forwarding only with Aurora", () => {
    expect(byName.weights!.when!({ routing: "latency" })).toBe(false);
    expect(byName.weights!.when!({ routing: "weighted" })).toBe(true);
    expect(byName.weights!.default!({ routing: "weighted", regions: ["us-east-1", "eu-west-1"] })).toBe("us-east-1=100,eu-west-1=100");
    expect(byName.writeForwarding!.when!({ database: "cockroachdb" })).toBe(false);
  });

  it("validates what a checkbox really hands over: the chosen choice objects", () => {
    const chosen = byName.regions!.choices!({}).filter((choice) => choice.checked);
    expect(byName.regions!.validate!(chosen)).toBe(true);
    expect(byName.regions!.validate!(chosen.slice(0, 1))).toMatch(/needs at least 2 regions/);
  });

  it("checks rules between answers at the prompt that breaks them, not after the last question", () => {
    expect(byName.maxSize!.validate!(3, { minSize: 5 })).toMatch(/minSize 5 is above maxSize \(3\)/);
    expect(byName.maxSize!.validate!(8, { minSize: 5 })).toBe(true);
    expect(byName.primaryRegion!.validate!("us-east-1", { regions: ["eu-west-1", "ap-south-1"] })).toMatch(/not one of the chosen regions/);
    expect(byName.weights!.validate!("us-east-1=0,eu-west-1=0", { routing: "weighted", regions: ["us-east-1", "eu-west-1"] })).toMatch(/are all 0/);
  });

  it("offers a choice that breaks a rule with the answers so far disabled, with the reason", () => {
    const databases = byName.database!.choices!({ regions: ["us-east-1", "eu-west-1"] });
    expect(databases.find((choice) => choice.value === "cockroachdb")).toMatchObject({ disabled: "needs at least 3 regions for a multi-region CockroachDB Cloud cluster; 2 chosen" });
    expect(databases.find((choice) => choice.value === "aurora-dsql")).toMatchObject({ disabled: "peers only regions of one set; us-east-1, eu-west-1 span US and Europe" });
    expect(databases.filter((choice) => choice.disabled).map((choice) => choice.value)).toEqual(["cockroachdb", "aurora-dsql"]);
    expect(byName.database!.choices!({ regions: ["us-east-1", "eu-west-1", "eu-central-1"] }).filter((choice) => choice.disabled).map((choice) => choice.value)).toEqual(["aurora-dsql"]);
    expect(byName.database!.choices!({ regions: ["eu-west-1", "eu-west-3"] }).filter((choice) => choice.disabled).map((choice) => choice.value)).toEqual(["cockroachdb"]);
  });

  it("shows a rule's problem only at a question that can fix it", () => {
    // --database cockroachdb given as a flag: the regions question can fix the rule, and shows it.
    const questionsWithFlag = questionsFor(answerNames.filter((name) => name !== "database"), { database: "cockroachdb" }, { folderName: "svc" });
    const regions = questionsWithFlag.find((q) => q.name === "regions")!;
    expect(regions.validate!(regions.choices!({}).filter((choice) => choice.checked))).toMatch(/database "cockroachdb" needs at least 3 regions/);
    // A later question, whatever its answer, cannot fix the database: it does not show the problem.
    expect(byName.alertEmail!.validate!("", { regions: ["us-east-1", "eu-west-1"], database: "cockroachdb" })).toBe(true);

    // --reconfigure asks the database again after the regions: the stored one does not hold the regions back.
    const reconfigure = questionsFor(answerNames, { database: "cockroachdb", regions: ["us-east-1", "eu-west-1", "eu-central-1"] }, { folderName: "svc" });
    const again = reconfigure.find((q) => q.name === "regions")!;
    expect(again.validate!(again.choices!({}).filter((choice) => choice.value !== "eu-central-1" && choice.checked))).toBe(true);
    // Nor does a maximum still to be asked hold the minimum back.
    expect(byName.minSize!.validate!(20, {})).toBe(true);
  });

  it("validates at the prompt with the schema's message", () => {
    expect(byName.regions!.validate!(["us-east-1"])).toMatch(/needs at least 2 regions/);
    expect(byName.weights!.validate!("us-east-1=999")).toMatch(/at most 255/);
    expect(byName.domain!.validate!("api.example.com")).toBe(true);
  });
});

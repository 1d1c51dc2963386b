import { z } from "zod";
import { instanceTypeProblem, instanceTypeRule } from "../ec2/instance-types.js";
import { packageManagers, type PackageManager } from "../cli/package-manager.js";
import { regionCodes, regionLabel } from "../regions/catalog.js";
import { objectReplicationAllowed, objectReplications } from "../../templates/src/objects/choices.js";
import { trafficAllowed, trafficValues, trafficValuesReading } from "../../templates/src/traffic/choices.js";
import { databaseAllowed, databaseValues, databaseValuesReading } from "../../templates/src/database/choices.js";

/** Where the run happens; defaults depend on it. */
export interface AnswerContext {
  /** Base name of the destination folder. */
  folderName: string;
  /** The package manager that runs the generator, on a first generation (npm_config_user_agent). */
  packageManager?: PackageManager;
}

/** How a value is written on the command line and asked at a prompt. */
export type AnswerKind = "string" | "choice" | "boolean" | "integer" | "list" | "map";

export interface Choice {
  value: string;
  name: string;
}

export interface AnswerSpec<T = unknown> {
  kind: AnswerKind;
  /** One line for --help and the prompt. */
  description: string;
  /** What is allowed, in words: --help and every error message show it. */
  allowed: string;
  /** Default shown in --help (the real default is computed by `default`). */
  defaultText: string;
  schema: z.ZodType<T>;
  default: (answers: Partial<Answers>, context: AnswerContext) => T;
  /** Choices for `choice` and `list` answers; may depend on earlier answers. */
  choices?: (answers: Partial<Answers>) => Choice[];
  /** A valid value close to an invalid one, offered with the error ("sérvice" -> "service"). */
  suggest?: (value: unknown) => string | undefined;
  /** Never asked at a prompt: a flag, an answers file or the default gives it. */
  asked?: false;
  /** Asked (and meaningful) only when this holds. */
  relevant?: (answers: Partial<Answers>) => boolean;
  /**
   * How the test matrix of generated projects varies this answer (its choices, or true/false):
   * `product` answers form the full cross product, `cover` answers take each value at least once.
   * Unmarked answers keep their default.
   */
  matrix?: "product" | "cover";
}

export const routings = ["latency", "geolocation", "weighted", "failover"] as const;
/** Who balances traffic between the regions: the global-traffic modules (templates/src/traffic/choices.ts). */
export const trafficProviders = trafficValues;
export const regionSwitches = ["metric", "arc"] as const;
/** The database modules of templates/src/database/choices.ts. */
export const databases = databaseValues;
export { objectReplications };
export const natGatewayModes = ["per-az", "single"] as const;

const enumChoices = (values: readonly string[]) => () => values.map((value) => ({ value, name: value }));
const enumSchema = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "unknown value" });
const integer = (min: number, max: number) =>
  z.int({ error: "must be a whole number" }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/** Lower-case letters, digits and hyphens: valid for npm, Pulumi and the AWS names derived from it. */
export const projectNamePattern = /^[a-z][a-z0-9-]{1,39}$/;
const hostnamePattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A valid project name close to any text, to suggest ("My Service" -> "my-service", "sérvice" -> "service"). */
export function projectNameFrom(text: string): string {
  const cleaned = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return projectNamePattern.test(cleaned) ? cleaned : "multiregion-service";
}

type Routing = (typeof routings)[number];
type Traffic = (typeof trafficProviders)[number];
type RegionSwitch = (typeof regionSwitches)[number];
type Database = (typeof databases)[number];
type ObjectReplication = (typeof objectReplications)[number];
type NatGateways = (typeof natGatewayModes)[number];

/** The answers, as stored in .yo-rc.json and accepted by --answers files. */
export interface Answers {
  name: string;
  regions: string[];
  primaryRegion: string;
  routing: Routing;
  weights: Record<string, number>;
  traffic: Traffic;
  regionSwitch: RegionSwitch;
  domain: string;
  database: Database;
  writeForwarding: boolean;
  objectReplication: ObjectReplication;
  blueGreen: boolean;
  alertEmail: string;
  instanceType: string;
  minSize: number;
  maxSize: number;
  desiredCapacity: number;
  natGateways: NatGateways;
  stack: string;
  packageManager: PackageManager;
}
export type AnswerName = keyof Answers;
export type { Routing, Traffic, RegionSwitch, Database, ObjectReplication, NatGateways };

const regionChoices = (answers: Partial<Answers>) => (answers.regions ?? []).map((value) => ({ value, name: regionLabel(value) }));

/**
 * Every answer, declared once. Prompts, flags, --help, --answers files, .yo-rc.json loading and
 * validation are all derived from this table.
 */
export const answerSpecs: { [K in AnswerName]: AnswerSpec<Answers[K]> } = {
  name: {
    kind: "string",
    description: "Pulumi project and npm package name",
    allowed: "2-40 characters: lower-case letters, digits and hyphens, starting with a letter",
    defaultText: "the folder's name",
    schema: z.string().regex(projectNamePattern, "is not a valid project name"),
    // The folder's name as it is: one that is not a valid name is refused with a suggestion, never changed.
    default: (_answers, context) => context.folderName,
    suggest: (value) => projectNameFrom(String(value)),
  },
  regions: {
    kind: "list",
    description: "AWS regions to run in, comma-separated",
    allowed: "2 to 11 distinct AWS region codes (1 Aurora writer + up to 10 secondaries), e.g. us-east-1,eu-west-1",
    defaultText: "us-east-1,eu-west-1",
    schema: z
      .array(
        z.enum(regionCodes as [string, ...string[]], {
          error: (issue) => `"${String(issue.input)}" is not an AWS commercial region (known: ${regionCodes.join(", ")})`,
        }),
      )
      .min(2, "needs at least 2 regions")
      .max(11, "allows at most 11 regions")
      .refine((list) => new Set(list).size === list.length, "lists a region twice"),
    default: () => ["us-east-1", "eu-west-1"],
    choices: () => regionCodes.map((value) => ({ value, name: regionLabel(value) })),
  },
  primaryRegion: {
    kind: "choice",
    description: "Primary region: Aurora writer, failover PRIMARY, geolocation default",
    allowed: "one of the chosen regions",
    defaultText: "the first region",
    schema: z.string(),
    default: (answers) => answers.regions?.[0] ?? "us-east-1",
    choices: regionChoices,
  },
  routing: {
    kind: "choice",
    description: "Global routing policy",
    allowed: routings.join(", "),
    defaultText: "latency",
    schema: enumSchema(routings),
    default: () => "latency",
    choices: enumChoices(routings),
    matrix: "product",
  },
  weights: {
    kind: "map",
    description: "Traffic weight per region for weighted routing, e.g. us-east-1=200,eu-west-1=55",
    allowed: "region=weight pairs for chosen regions, each weight 0-255, at least one above 0",
    defaultText: "equal (100 each)",
    schema: z.record(z.string(), integer(0, 255)),
    default: (answers) => Object.fromEntries((answers.regions ?? []).map((region) => [region, 100])),
    relevant: (answers) => answers.routing === "weighted",
  },
  traffic: {
    kind: "choice",
    description: "Who answers DNS and balances traffic globally",
    // Each module with what it requires (its registry entry's `requirement`).
    allowed: trafficAllowed(),
    defaultText: "route53",
    schema: enumSchema(trafficProviders),
    default: () => "route53",
    choices: enumChoices(trafficProviders),
    matrix: "product",
  },
  regionSwitch: {
    kind: "choice",
    description: "How an operator takes a region out of service (Route53): a CloudWatch metric, or Route53 ARC routing controls",
    allowed: "metric (a CloudWatch metric per region, cents a month), arc (Route53 ARC, whose cluster is billed by the hour); with traffic route53 only",
    defaultText: "metric",
    schema: enumSchema(regionSwitches),
    default: () => "metric",
    choices: enumChoices(regionSwitches),
    relevant: (answers) => trafficValuesReading("regionSwitch").some((value) => value === answers.traffic),
    matrix: "cover",
  },
  domain: {
    kind: "string",
    description: "Public name of the service, e.g. api.example.com",
    allowed: "a lower-case DNS name with at least two labels and at most 64 characters, e.g. api.example.com",
    defaultText: "<name>.example.com (must be changed before deploying)",
    schema: z.string().regex(hostnamePattern, "is not a valid DNS name"),
    default: (answers, context) => `${answers.name ?? projectNameFrom(context.folderName)}.example.com`,
  },
  database: {
    kind: "choice",
    description: "Database: Aurora Global (single writer), Aurora DSQL or CockroachDB Cloud (multi-writer)",
    allowed: databaseAllowed,
    defaultText: "aurora-global",
    schema: enumSchema(databases),
    default: () => "aurora-global",
    choices: enumChoices(databases),
    matrix: "product",
  },
  writeForwarding: {
    kind: "boolean",
    description: "Aurora secondaries forward writes to the writer",
    allowed: "true or false (--write-forwarding / --no-write-forwarding)",
    defaultText: "true",
    schema: z.boolean({ error: "must be true or false" }),
    default: () => true,
    relevant: (answers) => databaseValuesReading("writeForwarding").some((value) => value === answers.database),
    matrix: "cover",
  },
  objectReplication: {
    kind: "choice",
    description: "S3 replication between the regional buckets (access-point: bidirectional, behind one S3 Multi-Region Access Point)",
    allowed: objectReplicationAllowed,
    defaultText: "bidirectional",
    schema: enumSchema(objectReplications),
    default: () => "bidirectional",
    choices: enumChoices(objectReplications),
    matrix: "product",
  },
  blueGreen: {
    kind: "boolean",
    description: "Blue and green fleets with weighted traffic shifting",
    allowed: "true or false (--blue-green / --no-blue-green)",
    defaultText: "true",
    schema: z.boolean({ error: "must be true or false" }),
    default: () => true,
    matrix: "product",
  },
  alertEmail: {
    kind: "string",
    description: "Email address that receives alarms (empty for none)",
    allowed: "an email address, or empty for none",
    defaultText: "none",
    schema: z.union([z.literal(""), z.email({ error: "is not a valid email address" })]),
    default: () => "",
  },
  instanceType: {
    kind: "string",
    description: "EC2 instance type of the app tier",
    allowed: instanceTypeRule,
    defaultText: "t3.medium",
    schema: z.string().superRefine((type, context) => {
      const problem = instanceTypeProblem(type);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
    default: () => "t3.medium",
  },
  minSize: {
    kind: "integer",
    description: "Minimum instances per region",
    allowed: "a whole number from 1 to 100, at most maxSize",
    defaultText: "2",
    schema: integer(1, 100),
    default: () => 2,
  },
  maxSize: {
    kind: "integer",
    description: "Maximum instances per region",
    allowed: "a whole number from 1 to 100, at least minSize",
    defaultText: "10",
    schema: integer(1, 100),
    default: () => 10,
  },
  desiredCapacity: {
    kind: "integer",
    description: "Instances per region at launch",
    allowed: "a whole number from minSize to maxSize",
    defaultText: "4",
    schema: integer(1, 100),
    default: (answers) => Math.min(Math.max(4, answers.minSize ?? 2), answers.maxSize ?? 10),
  },
  natGateways: {
    kind: "choice",
    description: "NAT gateways: one per availability zone (HA) or a single one (cheaper)",
    allowed: natGatewayModes.join(", "),
    defaultText: "per-az",
    schema: enumSchema(natGatewayModes),
    default: () => "per-az",
    choices: enumChoices(natGatewayModes),
    matrix: "cover",
  },
  stack: {
    kind: "string",
    description: "Name of the first Pulumi stack",
    allowed: "1-64 characters: letters, digits, '-', '_' and '.'",
    defaultText: "dev",
    schema: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "is not a valid stack name"),
    default: () => "dev",
  },
  packageManager: {
    kind: "choice",
    description: "Package manager of the project: install, lockfile, next steps, Pulumi and CI",
    allowed: packageManagers.join(", "),
    defaultText: "the one that runs this (npm_config_user_agent), else npm",
    schema: enumSchema(packageManagers),
    default: (_answers, context) => context.packageManager ?? "npm",
    choices: enumChoices(packageManagers),
    asked: false,
  },
};


export const answerNames = Object.keys(answerSpecs) as AnswerName[];

export function specOf(name: AnswerName): AnswerSpec {
  return answerSpecs[name] as AnswerSpec;
}

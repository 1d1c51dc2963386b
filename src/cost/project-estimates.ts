import type { Answers } from "../answers/spec.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import type { DatabaseShapes } from "../../templates/src/database/model-contract.js";
import { costAssumptionSpecs } from "../../templates/scripts/cost-assumptions.js";
import { estimateCost, type CostEstimate } from "../../templates/scripts/cost-model.js";
import { formatCostEstimate, wholeDollars } from "../../templates/scripts/cost-report.js";
import type { DeploymentShape } from "../../templates/scripts/deployment-shape.js";
import { getRegion, regionCatalog } from "../regions/catalog.js";
import { estimateFailover, type FailoverEstimate, type FailoverShape } from "../../templates/scripts/failover-model.js";
import { prices } from "../../templates/scripts/prices.js";
import { generatedObjectsShape } from "../../templates/src/objects/choices.js";
import { generatedTrafficShapes } from "../../templates/src/traffic/choices.js";

/**
 * Settings the generator does not ask about, at the values a generated stack config starts with (the
 * defaults of the generated src/config.ts; the database's come from its module's model). The
 * generator's estimate uses them; `npm run cost` in the project reads the real values.
 * test/cost/generated-script.test.ts keeps the two equal.
 */
export const unaskedDefaults = {
  https: true,
  healthCheck: { requestInterval: 30, failureThreshold: 3 },
  rootVolumeGib: 20,
  idleInstances: 0,
  ssmEndpoints: false,
  logRetentionDays: 90,
  noncurrentVersionDays: 30,
  gameDayMinutes: 10,
} as const;

/** The answers an estimate depends on, regions primary first. */
export type EstimateAnswers = Pick<
  Answers,
  "instanceType" | "desiredCapacity" | "blueGreen" | "natGateways" | "traffic" | "regionSwitch" | "routing" | "database" | "writeForwarding" | "objectReplication"
> & { plannedRegions: { code: string; role: "primary" | "secondary" }[] };

/**
 * The routing part of both shapes, from the traffic module's model: it reads the keys the generated
 * stack config sets (regionSwitch; the others start at its defaults).
 */
function trafficShapesOf(answers: EstimateAnswers) {
  return generatedTrafficShapes(answers.traffic, { regionSwitch: answers.regionSwitch }, { routing: answers.routing, healthCheck: unaskedDefaults.healthCheck });
}

const catalog = Object.fromEntries(regionCatalog.map((region) => [region.code, region]));

/**
 * The database's part of both shapes, from the chosen module's own model: it parses the database's
 * stack config as generated (the one value the generator asks, the rest at their defaults).
 */
function databaseShapesOf(answers: EstimateAnswers): DatabaseShapes {
  const { model } = databaseChoice(answers.database);
  const generated: Record<string, unknown> = { aurora: { writeForwarding: answers.writeForwarding } };
  const fail = (key: string, value: unknown, allowed: string): never => {
    throw new Error(`the generated config ${key} is ${JSON.stringify(value)}; allowed: ${allowed}`);
  };
  const regions = answers.plannedRegions.map(({ code }) => code);
  return model.databaseShapes(model.parseDatabaseSettings({ get: (key) => generated[key], regions, catalog, fail }), regions.length);
}

export function deploymentShapeOf(answers: EstimateAnswers): DeploymentShape {
  const d = unaskedDefaults;
  return {
    // The zones the generated config pins: the catalog's.
    regions: answers.plannedRegions.map(({ code, role }) => ({ region: code, role, availabilityZones: getRegion(code).zones.length })),
    app: {
      instanceType: answers.instanceType,
      desiredCapacity: answers.desiredCapacity,
      fleets: answers.blueGreen ? 2 : 1,
      idleInstances: answers.blueGreen ? d.idleInstances : 0,
      rootVolumeGib: d.rootVolumeGib,
    },
    natGateways: answers.natGateways,
    https: d.https,
    ssmEndpoints: d.ssmEndpoints,
    logRetentionDays: d.logRetentionDays,
    routing: trafficShapesOf(answers).deployment,
    database: databaseShapesOf(answers).cost,
    objects: { ...generatedObjectsShape(answers.objectReplication), noncurrentVersionDays: d.noncurrentVersionDays },
    gameDayMinutes: d.gameDayMinutes,
  };
}

export function failoverShapeOf(answers: EstimateAnswers): FailoverShape {
  const d = unaskedDefaults;
  return {
    regionCount: answers.plannedRegions.length,
    routing: trafficShapesOf(answers).failover,
    database: databaseShapesOf(answers).failover,
    objects: generatedObjectsShape(answers.objectReplication).failover,
  };
}

/** The estimates of a project as generated: for the end summary and the README. */
export interface ProjectEstimates {
  /** Undefined when the price table lacks something chosen (then `costProblem` says what). */
  cost?: CostEstimate;
  /** The estimate without what the price table lacks (`costProblem` says what), when it lacks something. */
  partial?: CostEstimate;
  costProblem?: string;
  /** The monthly total in whole dollars, "$1,962" (with `cost`). */
  monthlyTotal?: string;
  /** The itemized estimate as `npm run cost` prints it. */
  costText: string[];
  failover: FailoverEstimate;
  prices: { asOf: string; source: string };
  assumptions: typeof costAssumptionSpecs;
}

export function projectEstimates(answers: EstimateAnswers & Pick<Answers, "name" | "stack">): ProjectEstimates {
  const failover = estimateFailover(failoverShapeOf(answers));
  const common = { failover, prices: { asOf: prices.asOf, source: prices.source }, assumptions: costAssumptionSpecs };
  try {
    const cost = estimateCost(deploymentShapeOf(answers), prices);
    const costText = formatCostEstimate(cost, `${answers.name}, stack ${answers.stack}`);
    if (cost.unpriced.length > 0) return { ...common, partial: cost, costProblem: `${cost.unpriced.join("; ")}; the figures below leave it out`, costText };
    return { ...common, cost, monthlyTotal: wholeDollars(cost.total), costText };
  } catch (error) {
    const costProblem = error instanceof Error ? error.message : String(error);
    return { ...common, costProblem, costText: [costProblem] };
  }
}

import type { Answers } from "../answers/spec.js";
import { effectiveWeights } from "../answers/validate.js";
import { getRegion, regionCatalog, type Region } from "../regions/catalog.js";
import { planCidrs, type CidrPlan } from "../regions/cidr.js";
import { projectEstimates, type ProjectEstimates } from "../cost/project-estimates.js";
import { amazonLinuxImage, architectureOf } from "../../templates/src/images.js";
import { databaseChoice, type DatabaseChoice } from "../../templates/src/database/choices.js";
import { objectsModuleOf, type ObjectsModule } from "../../templates/src/objects/choices.js";
import { trafficChoice, type TrafficChoice } from "../../templates/src/traffic/choices.js";
import { pulumiVersion } from "./versions.js";
import { commandsOf, type PackageManagerCommands } from "../cli/package-manager.js";

export interface PlannedRegion extends Region {
  cidrBlock: string;
  role: "primary" | "secondary";
  weight: number;
}

/** Everything a template may use: the answers and what is derived from them. */
export interface ProjectContext extends Answers {
  generatorVersion: string;
  /** The chosen regions, primary first, with their blocks and roles. */
  plannedRegions: PlannedRegion[];
  cidrBlocks: CidrPlan;
  /** The whole catalog, for the generated project's own region table. */
  regionCatalog: readonly Region[];
  /** Monthly cost and failover estimates of the project as generated (README, end summary). */
  estimates: ProjectEstimates;
  /** AMI name the app tier starts on, pinned in the stack config (same name in every region). */
  image: string;
  /** Pulumi SDK and CLI release (package.json, CI). */
  pulumiVersion: string;
  /** The project's commands for its package manager (next steps, CI). */
  pm: PackageManagerCommands;
  /** The module folder under src/objects/ that serves the objectReplication answer. */
  objectsModule: ObjectsModule;
  /** The chosen global-traffic module's registry entry (templates/src/traffic/choices.ts). */
  trafficModule: TrafficChoice;
  /** The chosen database module's registry entry (templates/src/database/choices.ts). */
  databaseModule: DatabaseChoice;
}

export function projectContext(answers: Answers, previousCidrs: CidrPlan, generatorVersion: string): ProjectContext {
  const ordered = [answers.primaryRegion, ...answers.regions.filter((region) => region !== answers.primaryRegion)];
  const cidrBlocks = planCidrs(answers.regions, previousCidrs);
  const weights = effectiveWeights(answers);
  const plannedRegions: PlannedRegion[] = ordered.map((code) => ({
    ...getRegion(code),
    cidrBlock: cidrBlocks[code]!,
    role: code === answers.primaryRegion ? "primary" : "secondary",
    weight: weights[code]!,
  }));
  return {
    ...answers,
    generatorVersion,
    cidrBlocks,
    plannedRegions,
    regionCatalog,
    estimates: projectEstimates({ ...answers, plannedRegions }),
    image: amazonLinuxImage(architectureOf(answers.instanceType)),
    pulumiVersion,
    pm: commandsOf(answers.packageManager),
    objectsModule: objectsModuleOf(answers.objectReplication),
    trafficModule: trafficChoice(answers.traffic),
    databaseModule: databaseChoice(answers.database),
  };
}

import { estimateSummaryRows } from "../cost/summary.js";
import { regionLabel } from "../regions/catalog.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import { objectsSummary } from "../../templates/src/objects/choices.js";
import type { ProjectContext } from "../project/context.js";

/** An answer's name in words: regionSwitch -> "region switch". */
const words = (name: string): string => name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

/** The end-of-run summary: what was chosen, where everything lives, what to do next. */
export function summaryLines(context: ProjectContext, warnings: string[], nextSteps: string[]): string[] {
  const width = Math.max(...context.plannedRegions.map((region) => regionLabel(region.code).length));
  const choices: [string, string][] = [
    ["routing", context.routing === "weighted" ? `weighted (${context.plannedRegions.map((r) => `${r.code}=${r.weight}`).join(", ")})` : context.routing],
    // The module's own answers follow, in words (Route53's regionSwitch: "region switch metric").
    ["traffic", [context.traffic, context.domain, ...context.trafficModule.ownAnswers.map((answer) => `${words(answer)} ${String(context[answer as keyof ProjectContext])}`)].join(", ")],
    ["database", databaseChoice(context.database).summary?.(context) ?? context.database],
    ["objects", objectsSummary(context.objectReplication)],
    ["blue/green", context.blueGreen ? "on" : "off"],
    ["app tier", `${context.instanceType}, ${context.minSize}-${context.maxSize} (start ${context.desiredCapacity}) per region, NAT ${context.natGateways}`],
    ["alerts", context.alertEmail || "no email"],
    ["stack", context.stack],
    ...estimateSummaryRows(context.estimates),
  ];
  return [
    `${context.name}: ${context.plannedRegions.length} regions`,
    ...context.plannedRegions.map((region) => `  ${regionLabel(region.code).padEnd(width)}  ${region.cidrBlock.padEnd(14)}  ${region.role}`),
    ...choices.map(([label, value]) => `  ${label.padEnd(11)} ${value}`),
    ...warnings.map((warning) => `warning: ${warning}`),
    ...(nextSteps.length > 0 ? ["Next steps:", ...nextSteps.map((step) => `  ${step}`)] : []),
  ];
}

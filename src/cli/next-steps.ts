import { databaseChoice } from "../../templates/src/database/choices.js";
import type { ProjectContext } from "../project/context.js";

/** What to run after generating, in order, for the chosen options: from `cd <folder>` to `pulumi up`. */
export function nextSteps(context: ProjectContext, options: { installed: boolean; folder?: string }): string[] {
  const secret = (key: string, what: string) => `pulumi config set --secret ${key} <${what}>`;
  return [
    ...(options.folder ? [`cd ${options.folder}`] : []),
    ...(options.installed ? [] : [context.pm.install]),
    `${context.pm.test.padEnd(29)} # checks of the resource graph under Pulumi mocks, no AWS account needed`,
    `pulumi stack init ${context.stack}`,
    ...(context.domain.endsWith(".example.com") ? [`pulumi config set domain <your real domain>`] : []),
    ...databaseChoice(context.database).secrets.map(({ key, what }) => secret(key, what)),
    ...context.trafficModule.secrets.map(({ key, what }) => secret(key, what)),
    ...context.trafficModule.settings,
    "pulumi preview",
    "pulumi up",
  ];
}

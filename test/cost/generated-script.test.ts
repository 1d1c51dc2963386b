import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { withDefaults } from "../../src/answers/resolve.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import { databases, trafficProviders, objectReplications, routings, type Answers } from "../../src/answers/spec.js";
import { validateAnswers } from "../../src/answers/validate.js";
import { deploymentShapeOf, failoverShapeOf } from "../../src/cost/project-estimates.js";
import { estimateCost } from "../../templates/scripts/cost-model.js";
import type { DeploymentShape } from "../../templates/scripts/deployment-shape.js";
import { prices } from "../../templates/scripts/prices.js";
import { projectContext, type ProjectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";
import { routingsOf } from "../../templates/src/traffic/choices.js";

/**
 * The generator estimates from the answers and the defaults it knows (src/cost/project-estimates.ts);
 * the project's `npm run cost` from its stack config, parsed by its own src/config.ts. Both must see the
 * same deployment, or the end summary and the README would disagree with `npm run cost`. The generated
 * scripts run here as written, with no @pulumi/pulumi installed: they parse the config without the SDK.
 */
const root = mkdtempSync(join(tmpdir(), "generated-cost-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeProject(context: ProjectContext, dir: string): void {
  for (const [path, file] of renderProject(context, resolve("templates"))) {
    if (/^(test|policy|\.multiregion)\//.test(path)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), file.content);
  }
  // No @pulumi/pulumi here: the scripts must run without loading the SDK (src/config.ts parses without it).
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(resolve("node_modules", "yaml"), join(dir, "node_modules", "yaml"), "dir");
}

interface StackShapeModule {
  readStackFile(dir: string): unknown;
  readEstimateInputs(file: unknown): { config: unknown };
  deploymentShape(config: unknown): DeploymentShape;
  failoverShape(config: unknown): unknown;
}

interface CostModelModule {
  estimateCost: typeof estimateCost;
}

describe("the generator's estimate and the generated npm run cost read the same deployment", () => {
  // Every database x objects x traffic; blue/green, routing, NAT, regions and sizes take each value along the way.
  const combinations: Partial<Answers>[] = [];
  for (const database of databases)
    for (const objectReplication of objectReplications)
      for (const traffic of trafficProviders) {
        const i = combinations.length;
        combinations.push({
          database,
          objectReplication,
          traffic,
          blueGreen: Math.floor(i / 2) % 2 === 0,
          // A routing policy the traffic module carries out (Global Accelerator has no geolocation).
          routing: routingsOf(traffic, routings)[i % routingsOf(traffic, routings).length],
          natGateways: i % 3 === 0 ? "single" : "per-az",
          // CockroachDB Cloud takes 3 regions or more, in regions it serves (not us-west-1); a module that
          // runs in some regions only declares where (Aurora DSQL: two of one multi-Region set).
          regions: database === "cockroachdb"
            ? ["us-east-2", "eu-central-1", "ap-northeast-1"]
            : databaseChoice(database).fittingRegions ? [...databaseChoice(database).fittingRegions!]
            : i % 3 === 1 ? ["us-west-1", "eu-central-1", "ap-northeast-1"] : ["us-east-1", "eu-west-1"],
          instanceType: i % 5 === 0 ? "m7g.large" : "t3.medium",
          desiredCapacity: 2 + (i % 4),
        });
      }

  it.each(combinations.map((given, i) => [`${i}: ${given.database} ${given.objectReplication} ${given.traffic} ${given.blueGreen ? "blue/green" : ""}`, given] as const))(
    "%s",
    async (_label, given) => {
      const answers = validateAnswers({ ...withDefaults(given, { folderName: "svc" }).answers });
      const context = projectContext(answers, {}, "0.0.0");
      const dir = join(root, String(combinations.indexOf(given)));
      writeProject(context, dir);
      const script = (await import(pathToFileURL(join(dir, "scripts", "stack-shape.ts")).href)) as StackShapeModule;
      const { config } = script.readEstimateInputs(script.readStackFile(dir));
      // The deployment shapes carry their modules' cost functions: compare what they bill, with the project's own cost model.
      const project = (await import(pathToFileURL(join(dir, "scripts", "cost-model.ts")).href)) as CostModelModule;
      expect(project.estimateCost(script.deploymentShape(config), prices)).toEqual(estimateCost(deploymentShapeOf(context), prices));
      expect(script.failoverShape(config)).toEqual(failoverShapeOf(context));
    },
  );
});

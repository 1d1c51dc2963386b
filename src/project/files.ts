import { databaseChoices } from "../../templates/src/database/choices.js";
import { credentialFiles } from "../../templates/src/database/credentials.js";
import { objectsChoices } from "../../templates/src/objects/choices.js";
import { trafficChoices } from "../../templates/src/traffic/choices.js";
import type { Choice } from "../../templates/src/choice.js";
import type { ProjectContext } from "./context.js";

/**
 * Which templates a project gets. Template paths mirror the output tree (each file is `<path>.ejs`
 * under templates/, or `<path>` itself when verbatim); every condition on the output lives in this one table.
 */
export interface FileGroup {
  when?: (context: ProjectContext) => boolean;
  /** Written on the first generation only; the team owns them afterwards. */
  writeOnce?: boolean;
  /**
   * Copied as they are, not rendered: stored under their own name, without `.ejs`. For code that the
   * generator runs too (the cost model), so it exists once.
   */
  verbatim?: boolean;
  templates?: readonly string[];
}

/** The files of each module of a kind (its choice.ts), for the project whose `chosen` module it is. */
function moduleFiles(choices: readonly Choice[], chosen: (context: ProjectContext) => string): FileGroup[] {
  return choices.flatMap((choice) => [
    { when: (context: ProjectContext) => chosen(context) === choice.value, templates: choice.templates },
    { when: (context: ProjectContext) => chosen(context) === choice.value, verbatim: true, templates: choice.verbatim },
  ]);
}

export const fileTable: FileGroup[] = [
  {
    templates: [
      "Pulumi.yaml",
      "Pulumi.stack.yaml",
      "package.json",
      "tsconfig.json",
      "vitest.config.mts",
      "_gitignore",
      "README.md",
      "index.ts",
      "src/config.ts",
      "src/read-config.ts",
      "src/regions.ts",
      "src/stack.ts",
      "src/providers.ts",
      "src/network.ts",
      "src/iam.ts",
      "src/app.ts",
      "src/load-balancer.ts",
      "src/listeners.ts",
      "src/log-bucket.ts",
      "src/endpoints.ts",
      "src/security-groups.ts",
      "src/fleet.ts",
      "src/user-data.ts",
      "src/app-settings.ts",
      "src/app-access.ts",
      "src/monitoring.ts",
      "src/game-day.ts",
      "src/certificate.ts",
      "test/harness.ts",
      "test/config.test.ts",
      "test/providers.test.ts",
      "test/network.test.ts",
      "test/scenarios.ts",
      "test/app.test.ts",
      "test/settings-variant.ts",
      "test/load-balancer.test.ts",
      "test/monitoring.test.ts",
      "test/game-day.test.ts",
      "test/drill.test.ts",
      "test/app-access.test.ts",
    ],
  },
  // Pinned machine images: shared with the generator, which writes the first image name into the config.
  { verbatim: true, templates: ["src/images.ts"] },
  // Typed reads of structured config keys: shared with the generator through the database modules' models.
  { verbatim: true, templates: ["src/config-values.ts"] },
  { when: (context) => context.blueGreen, templates: ["src/blue-green.ts", "test/blue-green.test.ts"] },
  // Global traffic: the contract, the stable entry points, and the chosen module's own files (its choice.ts).
  { templates: ["src/traffic/index.ts", "src/traffic/model.ts", "test/traffic/facts.ts"] },
  { verbatim: true, templates: ["src/traffic/contract.ts", "src/traffic/model-contract.ts"] },
  ...moduleFiles(trafficChoices, (context) => context.traffic),
  // Data tier: a bucket in every region, the database module, object replication, and the helpers they share.
  {
    templates: ["src/names.ts", "test/names.test.ts", "test/data-variant.ts",
      "src/storage/regional-bucket.ts", "src/storage/storage-config.ts", "test/storage.test.ts"],
  },
  // The chosen database module (templates/src/database/choices.ts, one choice.ts per module), behind its stable entry points.
  { templates: ["src/database/index.ts", "src/database/model.ts", "test/database/facts.ts"] },
  { verbatim: true, templates: ["src/database/contract.ts", "src/database/model-contract.ts"] },
  { when: (context) => context.databaseModule.appAccess === "secret", templates: credentialFiles },
  ...moduleFiles(databaseChoices, (context) => context.database),
  // Object replication: the kind's entry points and contract, and the folder of the module chosen.
  { templates: ["src/objects/index.ts", "src/objects/model.ts", "test/objects/facts.ts"] },
  { verbatim: true, templates: ["src/objects/contract.ts"] },
  ...moduleFiles(objectsChoices, (context) => context.objectsModule),
  // Guardrails: the policy pack (pulumi preview --policy-pack policy) and its tests over the mocked graph.
  {
    templates: [
      "policy/PulumiPolicy.yaml",
      "policy/package.json",
      "policy/tsconfig.json",
      "policy/index.ts",
      "policy/environment.ts",
      "policy/policies.ts",
      "policy/rules/index.ts",
      "policy/rules/model.ts",
      "policy/rules/tokens.ts",
      "policy/rules/graph.ts",
      "policy/rules/ingress.ts",
      "policy/rules/encryption.ts",
      "policy/rules/security-groups.ts",
      "policy/rules/zones.ts",
      "policy/rules/database.ts",
      "policy/rules/buckets.ts",
      "policy/rules/compute.ts",
      "policy/rules/providers.ts",
      "policy/rules/monitoring.ts",
      "policy/rules/secrets.ts",
      "policy/rules/tags.ts",
      "policy/rules/resilience.ts",
      "policy/rules/access.ts",
      "policy/rules/load-balancers.ts",
      "policy/rules/network.ts",
      "test/policy-graph.ts",
      "test/policy-fixture.ts",
      "test/policy-breakages.ts",
      "test/policy.test.ts",
      "test/policy-violations.test.ts",
      "test/policy-pack.test.ts",
    ],
  },
  // Operability: the cost and failover estimates (`npm run cost`) and CI.
  {
    verbatim: true,
    templates: [
      "scripts/prices.ts",
      "scripts/cost-assumptions.ts",
      "scripts/deployment-shape.ts",
      "scripts/cost-model.ts",
      "scripts/cost-report.ts",
      "scripts/failover-model.ts",
      "scripts/cost.ts",
      "scripts/drill-run.ts",
      "scripts/drill.ts",
      "scripts/resolve-ts.mjs",
    ],
  },
  { templates: ["scripts/stack-shape.ts", "test/cost.test.ts", "_github/workflows/ci.yml", "test/ci.test.ts"] },
  { writeOnce: true, templates: ["src/custom/index.ts"] },
];

/**
 * Output path of a template: `_x` path segments become `.x` (npm drops some dotfiles from packages)
 * and `Pulumi.stack.yaml` takes the stack's name.
 */
export function outputPath(template: string, context: Pick<ProjectContext, "stack">): string {
  return template
    .split("/")
    .map((segment) => segment.replace(/^_/, "."))
    .join("/")
    .replace(/^Pulumi\.stack\.yaml$/, `Pulumi.${context.stack}.yaml`);
}

export interface PlannedFile {
  template: string;
  path: string;
  writeOnce: boolean;
  verbatim: boolean;
}

export function plannedFiles(context: ProjectContext): PlannedFile[] {
  return fileTable
    .filter((group) => group.when?.(context) ?? true)
    .flatMap((group) =>
      (group.templates ?? []).map((template) => ({
        template,
        path: outputPath(template, context),
        writeOnce: group.writeOnce ?? false,
        verbatim: group.verbatim ?? false,
      })),
    );
}

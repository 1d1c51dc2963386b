import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withDefaults } from "../../src/answers/resolve.js";
import { databases, trafficProviders, objectReplications, routings, type Answers } from "../../src/answers/spec.js";
import { AnswerError, validateAnswers } from "../../src/answers/validate.js";
import { databaseChoice } from "../../templates/src/database/choices.js";
import { projectContext } from "../../src/project/context.js";
import { renderProject } from "../../src/project/render.js";

/** Every routing x traffic x database x objectReplication x blueGreen, rendered by the core renderer (no install). */
function renderAll() {
  const rendered: { label: string; answers: Answers; files: Map<string, string> }[] = [];
  for (const routing of routings)
    for (const traffic of trafficProviders)
      for (const database of databases)
        for (const objectReplication of objectReplications)
          for (const blueGreen of [true, false]) {
            // CockroachDB Cloud needs 3 regions; Aurora DSQL two of one set (its fittingRegions); the others take the smallest deployment.
            const fitting = databaseChoice(database).fittingRegions;
            const regions = database === "cockroachdb" ? ["us-east-1", "eu-west-1", "ap-southeast-1"] : fitting ? [...fitting] : ["us-east-1", "eu-west-1"];
            const given: Partial<Answers> = { routing, traffic, database, objectReplication, blueGreen, regions };
            let answers: Answers;
            try {
              answers = validateAnswers({ ...withDefaults(given, { folderName: "svc" }).answers });
            } catch (error) {
              // What the schema refuses is never generated (geolocation with Global Accelerator).
              if (error instanceof AnswerError) continue;
              throw error;
            }
            const files = renderProject(projectContext(answers, {}, "0.0.0"), resolve("templates"));
            rendered.push({
              label: `${routing}/${traffic}/${database}/${objectReplication}/${blueGreen ? "blue-green" : "single"}`,
              answers,
              files: new Map([...files].map(([path, file]) => [path, file.content])),
            });
          }
  return rendered;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");

function sections(readme: string): Map<string, string> {
  const parts = readme.split(/^## /m).slice(1);
  return new Map(parts.map((part) => [part.slice(0, part.indexOf("\n")), part.slice(part.indexOf("\n") + 1)]));
}

describe("every combination's README and CI workflow", () => {
  const projects = renderAll();

  it("renders every combination the schema accepts", () => {
    // Every routing x traffic x database x objectReplication x blueGreen, but geolocation with Global Accelerator.
    expect(projects).toHaveLength(4 * 3 * databases.length * 4 * 2 - databases.length * 4 * 2);
  });

  it("has the architecture diagram, first deployment, runbooks, estimates, CI and regeneration sections", () => {
    for (const { label, answers, files } of projects) {
      const readme = files.get("README.md")!;
      const section = sections(readme);
      const need = [
        "Architecture",
        "First deployment",
        "Region failure and evacuation",
        "Failover and data loss",
        "Cost estimate",
        "Continuous integration",
        "Network",
        "Upgrading and removing",
        "Regenerating",
        ...(answers.blueGreen ? ["Blue/green"] : []),
        ...(answers.database === "aurora-global" ? ["Aurora switchover and failover"] : []),
      ];
      for (const heading of need) expect(section.has(heading), `${label}: ## ${heading}`).toBe(true);

      const diagram = /```mermaid\n([\s\S]*?)```/.exec(section.get("Architecture")!)?.[1] ?? "";
      expect(diagram, label).toMatch(/^flowchart TB\n/);
      expect(diagram.match(/^\s*subgraph /gm)?.length, label).toBe(answers.regions.length);
      expect(diagram.match(/^\s*end$/gm)?.length, label).toBe(answers.regions.length);
      // Every node an edge names is declared with a label somewhere in the diagram.
      const declared = new Set([...diagram.matchAll(/(\w+)(?:\[|\(|\{)/g)].map((match) => match[1]));
      const edges = [...diagram.matchAll(/^\s*(\w+)(?:\[[^\]]*\]|\(\([^)]*\)\))? *(?:-->|-\.->|<-\.->)(?:\|[^|]*\|)? *(\w+)/gm)];
      // users -> DNS, DNS -> each region's load balancer, each load balancer -> each of its fleets, at least.
      expect(edges.length, label).toBeGreaterThanOrEqual(1 + answers.regions.length * (1 + (answers.blueGreen ? 2 : 1)));
      for (const [, from, to] of edges) expect(declared.has(from!) && declared.has(to!), `${label}: ${from} -> ${to}`).toBe(true);

      const first = section.get("First deployment")!;
      for (const step of ["npm install", "npm test", "npm run cost", "pulumi login", `pulumi stack init ${answers.stack}`, "pulumi preview", "pulumi up"]) {
        expect(first, `${label}: ${step}`).toContain(step);
      }
      const secrets = databaseChoice(answers.database).secrets.map(({ key }) => key);
      for (const secret of [...secrets, ...(answers.traffic === "cloudflare" ? ["cloudflareApiToken"] : [])]) {
        expect(first, `${label}: ${secret}`).toContain(`pulumi config set --secret ${secret}`);
      }
      expect(first.indexOf("pulumi preview"), label).toBeLessThan(first.indexOf("pulumi up"));
    }
  });

  it("lists every rule of the policy pack in the guardrails table, and every new setting in the configuration table", () => {
    for (const { label, answers, files } of projects) {
      const section = sections(files.get("README.md")!);
      const rules = [...files].filter(([path]) => path.startsWith("policy/rules/"))
        .flatMap(([, content]) => [...content.matchAll(/\n {2}name: "([a-z0-9-]+)",\n {2}description: /g)].map((match) => match[1]!));
      expect(rules.length, label).toBeGreaterThanOrEqual(31);
      for (const rule of rules) expect(section.get("Guardrails"), `${label}: ${rule}`).toContain(`| \`${rule}\` |`);
      const keys = ["loadBalancer.deletionProtection", "logRetentionDays", "network.ssmEndpoints", ...(answers.blueGreen ? ["blueGreen.releasing", "blueGreen.idleInstances"] : [])];
      for (const key of keys) expect(section.get("Configuration"), `${label}: ${key}`).toContain(`| \`${key}\``);
    }
  });

  it("tells how blue/green releases run with one load balancer and one database, and what upgrading replaces", () => {
    for (const { label, answers, files } of projects) {
      const section = sections(files.get("README.md")!);
      expect(section.get("Network"), label).toMatch(/S3 gateway endpoint[\s\S]*Session Manager endpoints[\s\S]*off by default[\s\S]*Flow logs/);
      const upgrading = section.get("Upgrading and removing")!;
      expect(upgrading, label).toContain("pulumi config set --path loadBalancer.deletionProtection false");
      if (!answers.blueGreen) {
        expect(upgrading, label).not.toContain("green's load balancer");
        continue;
      }
      expect(upgrading, label).toContain("Replaced: green's load balancer");
      const blueGreen = section.get("Blue/green")!;
      expect(blueGreen, label).toContain("**Why the split is at the load balancer.**");
      expect(blueGreen, label).toContain("pulumi config set --path blueGreen.releasing true");
      expect(blueGreen, label).toContain("aws elbv2 wait target-in-service");
      expect(blueGreen, label).toContain("**Check before shifting**");
      expect(blueGreen, label).toMatch(/A release costs about \$\d+\.\d\d a day more/);
      const schema = /\*\*Schema changes: expand, migrate, contract\.\*\*[\s\S]*1\. \*\*Expand\*\*[\s\S]*2\. \*\*Migrate\*\*[\s\S]*3\. \*\*Contract\*\*/;
      if (answers.database === "none") expect(blueGreen, label).not.toMatch(schema);
      else expect(blueGreen, label).toMatch(schema);
    }
  });

  it("links only to headings that exist", () => {
    for (const { label, files } of projects) {
      const readme = files.get("README.md")!;
      const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
      for (const [, anchor] of readme.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors.has(anchor!), `${label}: #${anchor}`).toBe(true);
    }
  });

  it("states the estimates: the itemized cost with its date and source, and failover figures from the settings", () => {
    for (const { label, answers, files } of projects) {
      const section = sections(files.get("README.md")!);
      const cost = section.get("Cost estimate")!;
      expect(cost, label).toMatch(/About \*\*\$[\d,]+ a month\*\*/);
      expect(cost, label).toContain("prices as of 2026-11-01");
      expect(cost, label).toContain("Source: AWS on-demand list prices");
      expect(cost, label).toMatch(/^ {2}instances +\$[\d,.]+ {2}/m);
      expect(cost, label).toContain("`crossRegionTransferGb` | 100 |");
      const failover = section.get("Failover and data loss")!;
      // Route53 checks and the alias TTL; Cloudflare's 60 s monitors; the load balancers' target health (15 s x 3), then up to
      // 30 s assumed for Global Accelerator to act on it (AWS publishes no figure), with no DNS cache.
      const leave = { route53: "60-150 s", cloudflare: "2-3 min", "global-accelerator": "30-75 s" }[answers.traffic];
      expect(failover, label).toContain(`| users leave a failed region | ${leave} |`);
      if (answers.database === "aurora-global") expect(failover, label).toContain("| database writes lost (region failure) | typically under 1 s |");
      if (answers.database === "cockroachdb") {
        expect(failover, label).toContain(answers.regions.length >= 3 ? "none (RPO 0)" : "unavailable until it returns");
      }
      expect(section.get("Architecture"), label).toMatch(/\*\*Cost\*\*: about \*\*\$[\d,]+ a month\*\*, \d+\.\dx us-east-1 alone/);
    }
  });

  it("has a CI workflow that checks pull requests, previews them and deploys main with the Pulumi action", () => {
    for (const { label, answers, files } of projects) {
      const text = files.get(".github/workflows/ci.yml")!;
      const workflow = parse(text) as {
        on: { pull_request: unknown; push: { branches: string[] } };
        jobs: Record<string, { if?: string; needs?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
      };
      expect(Object.keys(workflow.jobs), label).toEqual(["check", "generator-check", "preview", "deploy"]);
      expect(workflow.on.push.branches, label).toEqual(["main"]);
      expect(workflow.on, label).toHaveProperty("pull_request");

      const runs = (job: string) => workflow.jobs[job]!.steps.map((step) => step.run ?? "").join("\n");
      const uses = (job: string) => workflow.jobs[job]!.steps.map((step) => step.uses).filter(Boolean);
      expect(uses("check"), label).toEqual(["actions/checkout@v6", "actions/setup-node@v6"]);
      expect(workflow.jobs.check!.steps[1]!.with, label).toEqual({ "node-version": 24 });
      for (const command of ["npm ci", "npm install", "npm run typecheck", "npm test", `npm run --silent cost -- --stack ${answers.stack}`]) {
        expect(runs("check"), `${label}: ${command}`).toContain(command);
      }

      for (const [job, command, condition] of [
        ["preview", "preview", "github.event_name == 'pull_request'"],
        ["deploy", "up", "github.event_name == 'push' && github.ref == 'refs/heads/main'"],
      ] as const) {
        const steps = workflow.jobs[job]!.steps;
        expect(workflow.jobs[job]!.needs, label).toBe("check");
        expect(workflow.jobs[job]!.if, label).toContain(condition);
        const credentials = steps.find((step) => step.uses === "aws-actions/configure-aws-credentials@v5");
        // A role each: the preview's is read-only, the deploy's trusts the environment's subject only.
        const role = job === "preview" ? "AWS_PREVIEW_ROLE_ARN" : "AWS_DEPLOY_ROLE_ARN";
        expect(credentials?.with, label).toEqual({ "role-to-assume": `\${{ secrets.${role} }}`, "aws-region": answers.primaryRegion });
        const pulumi = steps.find((step) => step.uses === "pulumi/actions@v7");
        expect(pulumi?.with?.command, label).toBe(command);
        expect(pulumi?.with?.["stack-name"], label).toBe(`\${{ vars.PULUMI_STACK || '${answers.stack}' }}`);
        // The guardrails of policy/ gate both the preview and the deployment.
        expect(pulumi?.with?.policyPacks, label).toBe("policy");
        expect(pulumi?.with?.["pulumi-version"], label).toBe("${{ env.PULUMI_VERSION }}");
        // Pulumi Cloud: OIDC with the organization variable, else the access-token secret.
        expect(steps.filter((step) => step.uses === "pulumi/auth-actions@v1" || step.run?.includes("PULUMI_ACCESS_TOKEN")).length, label).toBe(2);
        // Dependencies are installed before the action runs the program.
        expect(steps.findIndex((step) => step.run?.includes("npm ci")), label).toBeLessThan(steps.indexOf(pulumi!));
      }

      // The drift check runs only when the team opts in, and only checks (--check writes nothing).
      expect(workflow.jobs["generator-check"]!.if, label).toBe("vars.MULTIREGION_CHECK == 'true'");
      expect(runs("generator-check").trim(), label).toBe("npx --yes create-multiregion@latest . --check");

      // The README names every secret and variable the workflow reads.
      const ci = sections(files.get("README.md")!).get("Continuous integration")!;
      for (const [, name] of text.matchAll(/\$\{\{ (?:secrets|vars)\.(\w+)/g)) {
        if (name !== "GITHUB_TOKEN") expect(ci, `${label}: ${name}`).toContain(`\`${name}\``);
      }
    }
  });
});

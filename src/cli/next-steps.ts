import type { ProjectContext } from "../project/context.js";

/** What to run after generating, in order, for the chosen options. */
export function nextSteps(context: ProjectContext, options: { installed: boolean }): string[] {
  const secret = (key: string, what: string) => `pulumi config set --secret ${key} <${what}>`;
  return [
    ...(options.installed ? [] : ["npm install"]),
    "npm test                      # checks of the resource graph under Pulumi mocks, no AWS account needed",
    `pulumi stack init ${context.stack}`,
    ...(context.domain.endsWith(".example.com") ? [`pulumi config set domain <your real domain>`] : []),
    ...(context.database === "aurora-global" ? [secret("dbPassword", "database password")] : []),
    ...(context.database === "cockroachdb" ? [secret("cockroachApiKey", "CockroachDB Cloud service-account key")] : []),
    ...(context.dns === "cloudflare" ? [secret("cloudflareApiToken", "Cloudflare API token"), "pulumi config set cloudflareZoneId <zone id>"] : []),
    "pulumi preview",
    "pulumi up",
  ];
}

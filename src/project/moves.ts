/**
 * Generated files that a newer template version writes under another path: old path -> new path, both
 * relative to the project root. A regeneration carries the team's edits of the old file into the new
 * one (a 3-way merge against the old file's base) and removes the old file, so moving a template
 * never loses an edit. One entry per moved file; entries stay as long as projects of older versions
 * may be regenerated.
 */
export const movedFiles: Readonly<Record<string, string>> = {
  "src/routing/cloudflare-origins.ts": "src/traffic/cloudflare/origins.ts",
  "src/routing/cloudflare.ts": "src/traffic/cloudflare/index.ts",
  "src/routing/health-checks.ts": "src/traffic/route53/health-checks.ts",
  "src/routing/policy-records.ts": "src/traffic/route53/policy-records.ts",
  "src/routing/region-switch.ts": "src/traffic/route53/region-switch.ts",
  "src/routing/route53.ts": "src/traffic/route53/index.ts",
  "src/storage/replication.ts": "src/objects/replicated/replication.ts",
  "test/cloudflare.test.ts": "test/traffic/cloudflare/cloudflare.test.ts",
  "test/dns-model.ts": "test/traffic/route53/dns-model.ts",
  "test/failover.test.ts": "test/traffic/route53/failover.test.ts",
  "test/routing.test.ts": "test/traffic/route53/routing.test.ts",
};

/**
 * Generated files that a newer template version writes under another path: old path -> new path, both
 * relative to the project root. A regeneration carries the team's edits of the old file into the new
 * one (a 3-way merge against the old file's base) and removes the old file, so moving a template
 * never loses an edit. One entry per moved file; entries stay as long as projects of older versions
 * may be regenerated.
 */
export const movedFiles: Readonly<Record<string, string>> = {
  "src/database/aurora-cluster.ts": "src/database/aurora-global/cluster.ts",
  "src/database/aurora-config.ts": "src/database/aurora-global/model.ts",
  "src/database/aurora.ts": "src/database/aurora-global/index.ts",
  "src/database/cockroach-allowlist-api.ts": "src/database/cockroachdb/allowlist-api.ts",
  "src/database/cockroach-allowlist-provider.ts": "src/database/cockroachdb/allowlist-provider.ts",
  "src/database/cockroach-allowlist.ts": "src/database/cockroachdb/allowlist.ts",
  "src/database/cockroach-api.ts": "src/database/cockroachdb/api.ts",
  "src/database/cockroach-cluster.ts": "src/database/cockroachdb/cluster.ts",
  "src/database/cockroach-config.ts": "src/database/cockroachdb/model.ts",
  "src/database/cockroach-errors.ts": "src/database/cockroachdb/errors.ts",
  "src/database/cockroach-http.ts": "src/database/cockroachdb/http.ts",
  "src/database/cockroach-provider.ts": "src/database/cockroachdb/provider.ts",
  "src/database/cockroach-requests.ts": "src/database/cockroachdb/requests.ts",
  "src/database/cockroach-sql-api.ts": "src/database/cockroachdb/sql-api.ts",
  "src/database/cockroach-sql-provider.ts": "src/database/cockroachdb/sql-provider.ts",
  "src/database/cockroach-sql.ts": "src/database/cockroachdb/sql.ts",
  "src/database/cockroach.ts": "src/database/cockroachdb/index.ts",
  "src/database/database-secret.ts": "src/database/shared/secret.ts",
  "src/database/database-security-group.ts": "src/database/aurora-global/security-group.ts",
  "src/database/replication-lag-alarm.ts": "src/database/aurora-global/replication-lag-alarm.ts",
  "src/objects/replicated/replication.ts": "src/objects/shared/replication.ts",
  "src/routing/cloudflare-origins.ts": "src/traffic/cloudflare/origins.ts",
  "src/routing/cloudflare.ts": "src/traffic/cloudflare/index.ts",
  "src/routing/health-checks.ts": "src/traffic/route53/health-checks.ts",
  "src/routing/policy-records.ts": "src/traffic/route53/policy-records.ts",
  "src/routing/region-switch.ts": "src/traffic/route53/region-switch.ts",
  "src/routing/route53.ts": "src/traffic/route53/index.ts",
  "src/storage/replication.ts": "src/objects/shared/replication.ts",
  "test/aurora.test.ts": "test/database/aurora-global/aurora.test.ts",
  "test/cloudflare.test.ts": "test/traffic/cloudflare/cloudflare.test.ts",
  "test/cockroach-allowlist-provider.test.ts": "test/database/cockroachdb/allowlist-provider.test.ts",
  "test/cockroach-allowlist.test.ts": "test/database/cockroachdb/allowlist.test.ts",
  "test/cockroach-provider.test.ts": "test/database/cockroachdb/provider.test.ts",
  "test/cockroach-sql-provider.test.ts": "test/database/cockroachdb/sql-provider.test.ts",
  "test/cockroach.test.ts": "test/database/cockroachdb/cockroach.test.ts",
  "test/database-secret.test.ts": "test/database/shared/secret.test.ts",
  "test/dns-model.ts": "test/traffic/route53/dns-model.ts",
  "test/failover.test.ts": "test/traffic/route53/failover.test.ts",
  "test/fake-cockroach-api.ts": "test/database/cockroachdb/fake-api.ts",
  "test/routing.test.ts": "test/traffic/route53/routing.test.ts",
};

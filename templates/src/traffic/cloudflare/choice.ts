import type { TrafficChoice } from "../choices.js";
import * as model from "./model.js";

/** Cloudflare Load Balancing: a pool per region, monitors, proxied by default. */
export const cloudflare = {
  value: "cloudflare",
  label: "Cloudflare",
  ownAnswers: [],
  dependencies: { "@pulumi/cloudflare": "^6.22.1" },
  secrets: [{ key: "cloudflareApiToken", what: "Cloudflare API token" }],
  settings: ["pulumi config set cloudflareZoneId <zone id>"],
  routings: model.trafficRoutings,
  runbookOutput: "cloudflarePools",
  templates: [
    "src/traffic/cloudflare/index.ts",
    "src/traffic/cloudflare/origins.ts",
    "test/traffic/cloudflare/cloudflare.test.ts",
    "test/traffic/cloudflare/origins.test.ts",
    "test/traffic/cloudflare/cost.test.ts",
    "test/traffic/cloudflare/facts.ts",
  ],
  verbatim: ["src/traffic/cloudflare/model.ts"],
  shapes: (get, fail, common) => model.trafficShapes({ ...common, ...model.parseTrafficConfig(get, fail) }),
} as const satisfies TrafficChoice<"cloudflare">;

import type { TrafficChoice } from "../choices.js";
import * as model from "./model.js";

/** Route53: records per routing policy, health checks, a region switch per region. */
export const route53 = {
  value: "route53",
  label: "Route53",
  // Metric or ARC: how an operator takes a region out of Route53's answers.
  ownAnswers: ["regionSwitch"],
  dependencies: {},
  secrets: [],
  settings: [],
  routings: model.trafficRoutings,
  runbookOutput: "regionSwitch",
  templates: [
    "src/traffic/route53/index.ts",
    "src/traffic/route53/policy-records.ts",
    "src/traffic/route53/health-checks.ts",
    "src/traffic/route53/region-switch.ts",
    "test/traffic/route53/routing.test.ts",
    "test/traffic/route53/dns-model.ts",
    "test/traffic/route53/failover.test.ts",
    "test/traffic/route53/origins.test.ts",
    "test/traffic/route53/cost.test.ts",
    "test/traffic/route53/facts.ts",
  ],
  // Beside its model: the Route53 zone lookup and validation records, shared with Global Accelerator's module.
  verbatim: ["src/traffic/route53/model.ts", "src/traffic/hosted-zone.ts"],
  shapes: (get, fail, common) => model.trafficShapes({ ...common, ...model.parseTrafficConfig(get, fail) }),
} as const satisfies TrafficChoice<"route53">;

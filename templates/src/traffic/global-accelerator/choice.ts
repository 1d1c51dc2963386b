import type { TrafficChoice } from "../choices.js";
import * as model from "./model.js";

/** AWS Global Accelerator: static anycast addresses, an endpoint group per region, a Route53 alias for the name. */
export const globalAccelerator = {
  value: "global-accelerator",
  label: "Global Accelerator",
  ownAnswers: [],
  dependencies: {},
  secrets: [],
  settings: [],
  runbookOutput: "accelerator",
  internalLoadBalancers: model.internalLoadBalancers,
  // A deployment must not undo an evacuation made by hand: the live weights must agree with the config first.
  deployPreflight: { script: "preflight", command: "node --import ./scripts/resolve-ts.mjs src/traffic/global-accelerator/preflight-command.ts" },
  // Users go to the nearest healthy region; Global Accelerator knows no country or continent.
  routings: model.trafficRoutings,
  regionProblems: (regions) => {
    const unserved = regions.filter((region) => !model.acceleratorRegions.includes(region));
    return unserved.length > 0 ? [`is not offered by Global Accelerator in ${unserved.join(", ")}`] : [];
  },
  requirement: `routing ${model.trafficRoutings.join(", ")}; regions Global Accelerator serves`,
  templates: [
    "src/traffic/global-accelerator/index.ts",
    "test/traffic/global-accelerator/global-accelerator.test.ts",
    "test/traffic/global-accelerator/facts.ts",
  ],
  // Beside its model: the Route53 zone lookup and validation records, shared with the route53 module.
  verbatim: [
    "src/traffic/global-accelerator/model.ts", "src/traffic/hosted-zone.ts",
    "src/traffic/global-accelerator/preflight.ts", "src/traffic/global-accelerator/preflight-command.ts",
  ],
  shapes: (get, fail, common) => model.trafficShapes({ ...common, ...model.parseTrafficConfig(get, fail) }),
} as const satisfies TrafficChoice<"global-accelerator">;

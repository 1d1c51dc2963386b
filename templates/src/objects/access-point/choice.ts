import type { ObjectsChoice } from "../choices.js";
import { accessPointOptInRegions, objectsModel } from "./model.js";

/** Bidirectional replication with every bucket behind one S3 Multi-Region Access Point. */
export const accessPoint = {
  value: "access-point",
  label: "S3 Multi-Region Access Point",
  answers: ["access-point"],
  replicates: true,
  summary: () => "bidirectional replication between the regions' buckets, behind one S3 Multi-Region Access Point",
  requirement: "regions that S3 Multi-Region Access Points serve",
  // An access point takes no bucket in an opt-in region it does not serve.
  regionProblems: (regions, findRegion) => {
    const unserved = regions.filter((region) => findRegion(region)?.optIn !== false && !accessPointOptInRegions.includes(region));
    return unserved.length > 0
      ? [`is not served by S3 Multi-Region Access Points in ${unserved.join(", ")}: they serve every region enabled by default and the opt-in ${accessPointOptInRegions.join(", ")}`]
      : [];
  },
  secrets: [],
  templates: [
    "src/objects/access-point/index.ts",
    "src/objects/access-point/access-point.ts",
    "src/objects/access-point/app-access.ts",
    "src/objects/shared/replication.ts",
    "test/objects/access-point/access-point.test.ts",
    "test/objects/access-point/facts.ts",
  ],
  verbatim: ["src/objects/access-point/model.ts", "src/objects/shared/replication-model.ts"],
  model: objectsModel,
} as const satisfies ObjectsChoice<"access-point">;

// `npm run build` runs this after tsc: it writes the templates compiled (see compiled-templates.ts),
// staged and renamed into place so that an interrupted build leaves no partial file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { packageRoot } from "../package-root.js";
import { compiledTemplatesFile, compiledTemplatesModule } from "./compiled-templates.js";

const templates = join(packageRoot(), "templates");
const file = compiledTemplatesFile(templates);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(`${file}.partial`, compiledTemplatesModule(templates));
renameSync(`${file}.partial`, file);

import { describe, expect, it } from "vitest";
import { filesUnder } from "../support/template-files.js";
import type { Choice } from "../../templates/src/choice.js";
import { databaseChoices } from "../../templates/src/database/choices.js";
import { objectsChoices } from "../../templates/src/objects/choices.js";
import { trafficChoices } from "../../templates/src/traffic/choices.js";

/** Files of a module folder the generator reads and never writes as files of their own. */
const generatorOnly = ["choice.ts", "parts.ejs"];

const kinds: [string, readonly Choice[]][] = [["traffic", trafficChoices], ["database", databaseChoices], ["objects", objectsChoices]];

describe("module folders", () => {
  it.each(kinds.flatMap(([kind, choices]) => choices.map((choice) => [`${kind}/${choice.value}`, choice] as const)))(
    "%s: its choice.ts declares every file of its folders",
    (folder, choice) => {
      // A file added to the folder and not declared in its choice.ts would never reach a project.
      const own = [...choice.templates.map((template) => `${template}.ejs`), ...choice.verbatim]
        .filter((path) => path.startsWith(`src/${folder}/`) || path.startsWith(`test/${folder}/`));
      const present = [...filesUnder(`src/${folder}`), ...filesUnder(`test/${folder}`)];
      const readByGenerator = present.filter((path) => generatorOnly.includes(path.slice(`src/${folder}/`.length)));
      expect(present.sort()).toEqual([...own, ...readByGenerator].sort());
      expect(readByGenerator).toContain(`src/${folder}/choice.ts`);
    },
  );
});

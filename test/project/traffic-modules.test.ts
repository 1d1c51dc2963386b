import { describe, expect, it } from "vitest";
import { filesUnder } from "../support/template-files.js";
import { withDefaults } from "../../src/answers/resolve.js";
import { answerSpecs } from "../../src/answers/spec.js";
import { validateAnswers } from "../../src/answers/validate.js";
import { projectContext } from "../../src/project/context.js";
import { plannedFiles } from "../../src/project/files.js";
import { movedFiles } from "../../src/project/moves.js";
import { trafficChoices, type TrafficChoice } from "../../templates/src/traffic/choices.js";

const projectOf = (traffic: string) => plannedFiles(projectContext(validateAnswers({ ...withDefaults({ traffic: traffic as "route53" }, { folderName: "svc" }).answers }), {}, "0.0.0"));

describe("global-traffic modules", () => {
  it("offers one traffic value per module folder, the first as the default", () => {
    expect(answerSpecs.traffic.allowed).toBe(trafficChoices.map((choice: TrafficChoice) => (choice.requirement ? `${choice.value} (${choice.requirement})` : choice.value)).join(", "));
    expect(answerSpecs.traffic.default!({}, { folderName: "svc" } as never)).toBe(trafficChoices[0].value);
  });

  it.each(trafficChoices.map((choice) => [choice.value, choice] as const))("%s: every file of its folders is its own, and only its project gets them", (value, choice) => {
    // The folder is the module: a file added there and not declared in its choice.ts would never reach a project.
    const inFolder = (path: string) => path.startsWith(`src/traffic/${value}/`) || path.startsWith(`test/traffic/${value}/`);
    const declared = [...choice.templates.map((template) => `${template}.ejs`), ...choice.verbatim].filter(inFolder);
    const generatorOnly = [`src/traffic/${value}/choice.ts`, `src/traffic/${value}/parts.ejs`];
    expect([...filesUnder(`src/traffic/${value}`), ...filesUnder(`test/traffic/${value}`)].sort()).toEqual([...declared, ...generatorOnly].sort());
    // Files it declares outside its folder (shared with another module, e.g. src/traffic/hosted-zone.ts) reach its project.
    const declaredPaths = [...choice.templates, ...choice.verbatim];
    expect(projectOf(value).map(({ path }) => path)).toEqual(expect.arrayContaining(declaredPaths));
    const own = declaredPaths.filter(inFolder);
    for (const other of trafficChoices) {
      const paths = projectOf(other.value).map(({ path }) => path);
      for (const path of own) expect(paths.includes(path), `${path} in a ${other.value} project`).toBe(other.value === value);
      // The contract and the stable entry points, whichever module.
      expect(paths).toEqual(expect.arrayContaining(["src/traffic/contract.ts", "src/traffic/index.ts", "src/traffic/model.ts"]));
    }
  });

  it("records where every file of the former src/routing/ went, to a file some project gets", () => {
    const planned = new Set(trafficChoices.flatMap(({ value }) => projectOf(value).map(({ path }) => path)));
    const moved = Object.entries(movedFiles).filter(([from]) => from.startsWith("src/routing/"));
    expect(moved.length).toBe(6);
    for (const [, to] of moved) expect(planned.has(to), to).toBe(true);
  });
});

import { flagOf } from "./flags.js";
import { missingAnswers } from "./resolve.js";
import { answerNames, specOf, type AnswerName, type Answers } from "./spec.js";
import { AnswerError, type AnswerSources } from "./validate.js";

export interface AnswerInputs {
  /** From .yo-rc.json, when the folder is a generated project. */
  stored?: Partial<Answers>;
  /** From --answers <file>. */
  file?: Partial<Answers>;
  fileOrigin?: string;
  /** From answer flags. */
  flags: Partial<Answers>;
  /** The flag an answer was given with where it is not the answer's own (a deprecated spelling). */
  flagSpelled?: Partial<Record<AnswerName, string>>;
}

export interface Gathered {
  known: Partial<Answers>;
  sources: AnswerSources;
}

/** Later sources win: stored answers, then the answers file, then flags. */
export function gatherAnswers(inputs: AnswerInputs): Gathered {
  const known: Partial<Record<AnswerName, unknown>> = {};
  const sources: AnswerSources = {};
  const layers: [Partial<Answers> | undefined, (name: AnswerName) => string][] = [
    [inputs.stored, () => ".yo-rc.json"],
    [inputs.file, () => inputs.fileOrigin ?? "--answers"],
    [inputs.flags, (name) => inputs.flagSpelled?.[name] ?? flagOf(name)],
  ];
  const layerOf: Partial<Record<AnswerName, number>> = {};
  layers.forEach(([layer, source], index) => {
    for (const name of answerNames) {
      if (layer?.[name] === undefined) continue;
      known[name] = layer[name];
      sources[name] = source(name);
      layerOf[name] = index;
    }
  });
  // Weights given before the regions changed (stored ones, most often) follow the new list.
  const regions = known.regions;
  if (Array.isArray(regions) && known.weights && typeof known.weights === "object" && (layerOf.weights ?? 0) < (layerOf.regions ?? 0)) {
    known.weights = Object.fromEntries(Object.entries(known.weights).filter(([region]) => regions.includes(region)));
  }
  return { known: known as Partial<Answers>, sources };
}

export interface AskMode {
  interactive: boolean;
  yes: boolean;
  reconfigure: boolean;
  /** The folder already holds a generated project. */
  regenerating: boolean;
}

/**
 * Which answers to ask. A re-run asks nothing (stored answers hold), `--reconfigure` asks everything
 * again, a first run asks what is missing; with no terminal and no --yes, missing answers are an error.
 */
export function answersToAsk(known: Partial<Answers>, mode: AskMode): AnswerName[] {
  const asked = answerNames.filter((name) => specOf(name).asked !== false);
  if (mode.reconfigure) {
    if (mode.interactive) return asked;
    throw new AnswerError(
      "--reconfigure: asks every question again, and there is no terminal to ask on; allowed: answer flags (see --help) or --answers <file.json> to change answers without one",
    );
  }
  if (mode.regenerating || mode.yes) return [];
  const missing = missingAnswers(known).filter((name) => asked.includes(name));
  // Prompts skip irrelevant answers themselves (`when`); the error names only the relevant ones.
  const needed = missing.filter((name) => specOf(name).relevant?.(known) ?? true);
  if (needed.length > 0 && !mode.interactive) {
    throw new AnswerError(
      `no terminal to ask for ${needed.join(", ")}; allowed: --yes to take the defaults, answer flags (see --help), or --answers <file.json>`,
    );
  }
  return missing;
}

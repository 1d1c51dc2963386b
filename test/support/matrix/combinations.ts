import { flagName } from "../../../src/answers/flags.js";
import { withDefaults } from "../../../src/answers/resolve.js";
import { answerSpecs, type AnswerName, type AnswerSpec, type Answers } from "../../../src/answers/spec.js";
import { AnswerError, validateAnswers } from "../../../src/answers/validate.js";
import { mulberry32 } from "../mulberry32.js";
import { databaseChoices, type DatabaseChoice } from "../../../templates/src/database/choices.js";

/** The region sets the matrix alternates: the smallest deployment and a four-region, three-continent one. */
export const regionVariants: string[][] = [
  ["us-east-1", "eu-west-1"],
  ["us-east-1", "eu-west-1", "ap-southeast-1", "us-west-2"],
];

/**
 * Region sets tried after the alternated ones, when the schema refuses both: each the regions a
 * database module declares it fits (its registry entry's `fittingRegions`, e.g. Aurora DSQL's two
 * regions of one multi-Region set), so that every module meets every value it combines with.
 */
export const fittingRegionVariants: string[][] = databaseChoices.flatMap((choice: DatabaseChoice) => (choice.fittingRegions ? [[...choice.fittingRegions]] : []));

/** Answers every combination gives the same way: the project's name does not depend on its folder. */
export const fixedAnswers: Partial<Answers> = { name: "orders-api" };

export interface Combination {
  /** Folder-safe name saying every varied answer, e.g. `weighted_cloudflare_cockroachdb_one-way_no-blue-green_4-regions_nat-gateways-single`. */
  label: string;
  /** Answers given to the generator; every other answer takes its default, as with `--yes`. */
  given: Partial<Answers>;
  /** The same answers as command-line flags, so that a failure can be reproduced by hand. */
  flags: string[];
}

export interface Matrix {
  combinations: Combination[];
  /** Combinations the answers schema rejects, with its reason: they are not generated. */
  invalid: { label: string; reason: string }[];
}

type Specs = { [K in AnswerName]: AnswerSpec<Answers[K]> };

/** The values the matrix tries for an answer: its choices, or true and false. */
export function matrixValues(name: AnswerName, spec: AnswerSpec, answers: Partial<Answers>): unknown[] {
  if (spec.kind === "boolean") return [true, false];
  if (spec.kind === "choice" && spec.choices) return spec.choices(answers).map((choice) => choice.value);
  throw new Error(`answer ${name} is marked matrix: "${spec.matrix}" but is a ${spec.kind} answer; only choice and boolean answers have values to enumerate`);
}

/**
 * An endless sequence of positions in a list of `size` values, in blocks that hold each position once,
 * each block shuffled by a PRNG seeded with `seed`: every value comes early, values are spread evenly,
 * and (unlike plain `counter % size`) a covered answer is not locked in step with the product answer
 * that alternates at every combination, nor with another covered answer. The same seed gives the
 * same matrix on every run.
 */
function positions(seed: string): (size: number) => number {
  // FNV-1a of the seed text starts the generator.
  const random = mulberry32([...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261));
  let block: number[] = [];
  return (size) => {
    if (block.length === 0) {
      block = Array.from({ length: size }, (_, index) => index);
      for (let index = size - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [block[index], block[other]] = [block[other]!, block[index]!];
      }
    }
    return block.pop()! % size;
  };
}

const isRelevant = (spec: AnswerSpec, answers: Partial<Answers>) => spec.relevant?.(answers) ?? true;

/**
 * Every combination of the schema's `matrix: "product"` answers, each given a region variant and
 * a value of every `matrix: "cover"` answer (each value at least once where the answer is relevant).
 * The schema's own validation decides which combinations are valid.
 */
export function enumerateMatrix(specs: Specs = answerSpecs, variants: string[][] = regionVariants): Matrix {
  const names = Object.keys(specs) as AnswerName[];
  const marked = (kind: "product" | "cover") => names.filter((name) => specs[name].matrix === kind);
  const specOf = (name: AnswerName) => specs[name] as AnswerSpec;

  let partials: Partial<Answers>[] = [{}];
  for (const name of marked("product")) {
    partials = partials.flatMap((answers) =>
      isRelevant(specOf(name), answers)
        ? matrixValues(name, specOf(name), answers).map((value) => ({ ...answers, [name]: value }))
        : [answers],
    );
  }

  const regionVariant = positions("regions");
  const cover = marked("cover").map((name) => ({ name, next: positions(name) }));
  const label = labeller(specs, marked("product"));
  const matrix: Matrix = { combinations: [], invalid: [] };
  for (const product of partials) {
    const first = regionVariant(variants.length);
    const given: Partial<Answers> = { ...fixedAnswers, ...product, regions: variants[first]! };
    for (const { name, next } of cover) {
      if (!isRelevant(specOf(name), given)) continue;
      const values = matrixValues(name, specOf(name), given);
      (given as Record<string, unknown>)[name] = values[next(values.length)];
    }
    // The alternated region variant first; another one when the schema refuses it (CockroachDB needs 3
    // regions), then the regions a module declares it fits (Aurora DSQL's multi-Region sets).
    const order = [...variants.map((_, offset) => variants[(first + offset) % variants.length]!), ...fittingRegionVariants];
    const tried = order.map((regions) => {
      const answers: Partial<Answers> = { ...given, regions };
      // A covered value these regions do not offer (a primary region outside them) takes their first.
      for (const { name, next } of cover) {
        if (!isRelevant(specOf(name), answers)) continue;
        const values = matrixValues(name, specOf(name), answers);
        if (!values.includes(answers[name])) (answers as Record<string, unknown>)[name] = values[next(values.length)];
      }
      return { combination: { label: label(answers), given: answers, flags: flagsOf(answers) }, problem: problemOf(answers) };
    });
    const valid = tried.find(({ problem }) => problem === undefined);
    if (valid) matrix.combinations.push(valid.combination);
    else matrix.invalid.push({ label: tried[0]!.combination.label, reason: tried[0]!.problem! });
  }
  return matrix;
}

/** Why the schema refuses these answers, or undefined when it accepts them. */
function problemOf(given: Partial<Answers>): string | undefined {
  try {
    validateAnswers(withDefaults(given, { folderName: "orders-api" }).answers as unknown as Record<string, unknown>);
    return undefined;
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    return error.message;
  }
}

/**
 * Names a combination by its values in declaration order. Product choices show the bare value
 * unless another matrix answer has the same value ("none"); cover choices always say their answer.
 */
function labeller(specs: Specs, product: AnswerName[]): (given: Partial<Answers>) => string {
  const counts = new Map<string, number>();
  for (const name of Object.keys(specs) as AnswerName[]) {
    const spec = specs[name] as AnswerSpec;
    if (!spec.matrix || spec.kind !== "choice") continue;
    for (const value of matrixValues(name, spec, {})) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  }
  return (given) =>
    (Object.keys(given) as AnswerName[])
      .filter((name) => name === "regions" || specs[name].matrix !== undefined)
      .sort((a, b) => Object.keys(specs).indexOf(a) - Object.keys(specs).indexOf(b))
      .map((name) => {
        const value = given[name];
        if (name === "regions") return `${(value as string[]).length}-regions`;
        if (typeof value === "boolean") return value ? flagName(name) : `no-${flagName(name)}`;
        const bare = product.includes(name) && counts.get(String(value)) === 1;
        return bare ? String(value) : `${flagName(name)}-${String(value)}`;
      })
      .join("_");
}

/** Answers as a person types them: `--traffic cloudflare`, `--no-blue-green`, `--regions a,b`. */
export function flagsOf(given: Partial<Answers>): string[] {
  return Object.entries(given).flatMap(([name, value]) => {
    if (typeof value === "boolean") return [value ? `--${flagName(name)}` : `--no-${flagName(name)}`];
    if (Array.isArray(value)) return [`--${flagName(name)}`, value.join(",")];
    return [`--${flagName(name)}`, String(value)];
  });
}

/** The same answers as the options Yeoman parses those flags into. */
export function optionsOf(given: Partial<Answers>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(given).map(([name, value]) => [flagName(name), Array.isArray(value) ? value.join(",") : value]),
  );
}

/**
 * The combinations a run is narrowed to: `MATRIX_FILTER` (a regular expression tried on each label)
 * keeps the matching ones, then `MATRIX_SAMPLE=n` keeps n spread evenly over the rest, so that a
 * slice measured locally stands for the whole matrix. Without either, every combination.
 */
export function sliceOf(matrix: Matrix, env: Record<string, string | undefined> = process.env): Matrix {
  const pattern = env.MATRIX_FILTER ? new RegExp(env.MATRIX_FILTER) : undefined;
  const matching = matrix.combinations.filter((combination) => !pattern || pattern.test(combination.label));
  const sample = env.MATRIX_SAMPLE ? Number(env.MATRIX_SAMPLE) : undefined;
  if (sample !== undefined && !(Number.isInteger(sample) && sample > 0)) throw new Error(`MATRIX_SAMPLE must be a positive whole number, not ${env.MATRIX_SAMPLE}`);
  if (sample === undefined || sample >= matching.length) return { ...matrix, combinations: matching };
  // One combination out of each of `sample` equal stretches, a step further into its stretch each time:
  // the same position in every stretch would hold the answers that vary fastest at one value.
  const stretch = matching.length / sample;
  return {
    ...matrix,
    combinations: Array.from({ length: sample }, (_, index) => matching[Math.floor(index * stretch) + (index % Math.floor(stretch))]!),
  };
}

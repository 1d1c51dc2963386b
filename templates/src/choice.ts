/**
 * What a module of any kind (src/<kind>/<module>/) declares about itself in its folder's choice.ts.
 * Read by the generator only (answers schema, file table, next steps); not copied into projects.
 * Each kind's choices.ts lists its modules and adds the fields only that kind has.
 */
export interface Choice<Value extends string = string> {
  /** The module's folder under src/<kind>/; the answer that selects it, unless the kind maps answers to modules. */
  value: Value;
  /** Its name in words, e.g. "Aurora Global Database". */
  label: string;
  /** Secret config values a deployment needs, for the next steps the generator prints: key, and what to put there. */
  secrets: readonly { key: string; what: string }[];
  /** Its rendered templates under templates/ (`<path>.ejs`), paths as in the project. */
  templates: readonly string[];
  /** Its files copied as they are (the generator imports them too). */
  verbatim: readonly string[];
}

/** The values of a kind's modules, in the registry's order (the first is the default). */
export function choiceValues<C extends Choice>(choices: readonly C[]): [C["value"], ...C["value"][]] {
  return choices.map(({ value }) => value) as [C["value"], ...C["value"][]];
}

/** The module of a kind with this value; an unknown value is a generator bug. */
export function findChoice<C extends Choice>(kind: string, choices: readonly C[], value: string): C {
  const found = choices.find((choice) => choice.value === value);
  if (!found) throw new Error(`no ${kind} module ${value}; known: ${choices.map((choice) => choice.value).join(", ")}`);
  return found;
}

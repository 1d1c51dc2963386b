// The database modules the generator offers, one per `database` answer. Read by the generator only
// (answers schema and rules, file table, estimates, end summary); not copied into projects.
import { auroraGlobal } from "./aurora-global/choice.js";
import { cockroachdb } from "./cockroachdb/choice.js";
import type { DatabaseModel } from "./model-contract.js";
import { none } from "./none/choice.js";
import { choiceValues, findChoice, type Choice } from "../choice.js";

/** What one database module declares about itself, beyond what every module does (src/choice.ts). */
export interface DatabaseChoice<Value extends string = string> extends Choice<Value> {
  /**
   * The app reads the database's credentials from a Secrets Manager secret in its own region: the
   * project gets the shared files that keep it (credentials.ts), and the README says where to read it.
   */
  credentials: boolean;
  /** The app keeps a schema in it, which a blue/green release changes in steps both colors work with. */
  schema: boolean;
  /**
   * What is wrong with these regions for the database, each as the rest of a sentence about it
   * (the answers are refused with them); none when it runs anywhere.
   */
  regionProblems?: (regions: readonly string[], findRegion: (code: string) => { cockroachPlans: readonly string[] } | undefined) => string[];
  /** What `allowed` adds to the value in --help, e.g. "3 or more regions that CockroachDB Cloud offers". */
  requirement?: string;
  /** The end summary's line, when it says more than the value. */
  summary?: (answers: { writeForwarding: boolean; primaryRegion: string }) => string;
  /** The module's model.ts, for the generator's estimate. */
  model: DatabaseModel<object>;
}

/** Every database module; the first is the default. */
export const databaseChoices = [auroraGlobal, cockroachdb, none] as const satisfies readonly DatabaseChoice[];
export type DatabaseValue = (typeof databaseChoices)[number]["value"];
/** The `database` answer's values, in the registry's order. */
export const databaseValues = choiceValues(databaseChoices);

/** What --help says each value allows: the value, and what it needs of the other answers. */
export const databaseAllowed = databaseChoices
  .map((choice: DatabaseChoice) => (choice.requirement ? `${choice.value} (${choice.requirement})` : choice.value))
  .join(", ");

export const databaseChoice = (value: string): DatabaseChoice => findChoice("database", databaseChoices, value);

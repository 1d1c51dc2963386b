// The database modules the generator offers, one per `database` answer. Read by the generator only
// (answers schema and rules, file table, estimates, end summary); not copied into projects.
import { auroraGlobal } from "./aurora-global/choice.js";
import { auroraDsql } from "./aurora-dsql/choice.js";
import { cockroachdb } from "./cockroachdb/choice.js";
import type { CatalogRegion, DatabaseModel } from "./model-contract.js";
import { none } from "./none/choice.js";
import { choiceValues, findChoice, type Choice } from "../choice.js";

/** What one database module declares about itself, beyond what every module does (src/choice.ts). */
export interface DatabaseChoice<Value extends string = string> extends Choice<Value> {
  /** The app keeps a schema in it, which a blue/green release changes in steps both colors work with. */
  schema: boolean;
  /**
   * What is wrong with these regions for the database, each as the rest of a sentence about it
   * (the answers are refused with them); none when it runs anywhere.
   */
  regionProblems?: (regions: readonly string[], findRegion: (code: string) => CatalogRegion | undefined) => string[];
  /**
   * Regions the module accepts where its rule refuses the usual examples, primary first: the test
   * matrix deploys it there. None when the first ones fit.
   */
  fittingRegions?: readonly string[];
  /** What `allowed` adds to the value in --help, e.g. "3 or more regions that CockroachDB Cloud offers". */
  requirement?: string;
  /**
   * What each region's app tier is handed (Database.appAccess): "secret", a credentials secret to read
   * (src/database/shared/secret.ts; the project gets the shared files that keep it, and the README says
   * where to read it); "iam", an endpoint and an IAM permission to connect (a token signed with the
   * instance role, no password); "none", nothing.
   */
  appAccess: "secret" | "iam" | "none";
  /** AWS services the deploy role needs for the database, as the README's CI section names them. */
  deployServices: readonly string[];
  /** Answers that only this module reads (asked, and meaningful, only with it). Default: none. */
  ownAnswers?: readonly string[];
  /**
   * Warnings about the answers with this module (printed, not refused), each one line; none when
   * the answers raise none.
   */
  warnings?: (answers: { writeForwarding: boolean; primaryRegion: string; regions: readonly string[]; routing: string }) => string[];
  /** The end summary's line, when it says more than the value. */
  summary?: (answers: { writeForwarding: boolean; primaryRegion: string }) => string;
  /** The module's model.ts, for the generator's estimate. */
  model: DatabaseModel<object>;
}

/** Every database module; the first is the default. */
export const databaseChoices = [auroraGlobal, cockroachdb, auroraDsql, none] as const satisfies readonly DatabaseChoice[];
export type DatabaseValue = (typeof databaseChoices)[number]["value"];
/** The `database` answer's values, in the registry's order. */
export const databaseValues = choiceValues(databaseChoices);

/** What --help says each value allows: the value, and what it needs of the other answers. */
export const databaseAllowed = databaseChoices
  .map((choice: DatabaseChoice) => (choice.requirement ? `${choice.value} (${choice.requirement})` : choice.value))
  .join(", ");

export const databaseChoice = (value: string): DatabaseChoice => findChoice("database", databaseChoices, value);

/** The database modules that read an answer, e.g. writeForwarding: aurora-global. */
export const databaseValuesReading = (answer: string): DatabaseValue[] =>
  databaseChoices.filter((choice: DatabaseChoice) => (choice.ownAnswers ?? []).includes(answer)).map(({ value }) => value);

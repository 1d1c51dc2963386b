import type { DatabaseConfigInput, DatabaseShapes } from "../model-contract.js";

/** No database: no config key of its own. */
export interface DatabaseSettings {}

export function parseDatabaseSettings(_input: DatabaseConfigInput): DatabaseSettings {
  return {};
}

/** Nothing to bill; the failover estimate says the data's figures depend on the team's own store. */
export function databaseShapes(_settings: DatabaseSettings, _regionCount: number): DatabaseShapes {
  return {
    cost: {
      engine: "none",
      counts: () => ({ databaseInstances: 0, kmsKeys: 0, secrets: 0, alarms: 0 }),
      regionLines: () => [],
      globalLines: () => [],
    },
    failover: [{ label: "database", estimate: "none in this project", basis: "no database is generated; the figure depends on yours" }],
  };
}

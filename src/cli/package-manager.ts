/** The package managers a generated project can be set up for. */
export const packageManagers = ["npm", "pnpm", "yarn", "bun"] as const;
export type PackageManager = (typeof packageManagers)[number];

/**
 * The package manager that runs us, as create-vite tells it: npm, pnpm, yarn and bun all set
 * `npm_config_user_agent` ("pnpm/10.2.0 npm/? node/v24.11.0 linux x64") for the commands they start.
 */
export function packageManagerFromAgent(agent: string | undefined): PackageManager | undefined {
  const name = agent?.split("/")[0];
  return packageManagers.find((manager) => manager === name);
}

/** The commands of a generated project, for one package manager: next steps and the generated CI. */
export interface PackageManagerCommands {
  install: string;
  test: string;
  /** `run("cost", "--stack dev")`; `silent` leaves out the package manager's own lines (for captured output). */
  run: (script: string, args?: string, options?: { silent?: boolean }) => string;
  /** Installs in CI: from the lockfile once there is one. */
  ciInstall: string;
  /** GitHub Actions steps that make the package manager available (after checkout), as YAML lines. */
  ciSetup: string;
}

const step = (lines: string[]) => lines.map((line) => `      ${line}\n`).join("");

export function commandsOf(manager: PackageManager): PackageManagerCommands {
  switch (manager) {
    case "npm":
      return {
        install: "npm install",
        test: "npm test",
        run: (script, args, options) => `npm run${options?.silent ? " --silent" : ""} ${script}${args ? ` -- ${args}` : ""}`,
        ciInstall: "if [ -f package-lock.json ]; then npm ci; else npm install; fi",
        ciSetup: "",
      };
    case "pnpm":
      return {
        install: "pnpm install",
        test: "pnpm test",
        run: (script, args, options) => `pnpm${options?.silent ? " --silent" : ""} run ${script}${args ? ` ${args}` : ""}`,
        // pnpm installs from pnpm-lock.yaml, frozen, when CI is set and the lockfile exists.
        ciInstall: "pnpm install",
        ciSetup: step(["- uses: pnpm/action-setup@v4", "  with:", "    version: 10"]),
      };
    case "yarn":
      return {
        install: "yarn install",
        test: "yarn test",
        run: (script, args) => `yarn run ${script}${args ? ` ${args}` : ""}`,
        ciInstall: "yarn install",
        ciSetup: "",
      };
    case "bun":
      return {
        install: "bun install",
        // `bun test` is bun's own test runner: the project's tests are vitest's.
        test: "bun run test",
        run: (script, args, options) => `bun run${options?.silent ? " --silent" : ""} ${script}${args ? ` ${args}` : ""}`,
        ciInstall: "bun install",
        ciSetup: step(["- uses: oven-sh/setup-bun@v2"]),
      };
  }
}

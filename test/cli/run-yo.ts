import { resolve } from "node:path";
import { runNode, type CliResult } from "./run-cli.js";

/**
 * What `yo multiregion[:region] <args>` does once yo has found the package: yeoman-environment runs the
 * built generators (dist/) by namespace, with the command line as given and no terminal. `nodeVersion`
 * makes the process report another Node version (process.versions.node), before anything is loaded.
 */
export function runYo(args: string[], options: { cwd: string; nodeVersion?: string }): Promise<CliResult> {
  const script = [
    `import { createEnv } from ${JSON.stringify(resolve("node_modules/yeoman-environment/dist/index.js"))};`,
    "const env = createEnv({ cwd: process.cwd() });",
    `for (const name of ["app", "region"]) env.register(${JSON.stringify(resolve("dist/generators"))} + "/" + name + "/index.js", { namespace: "multiregion:" + name, packagePath: ${JSON.stringify(resolve("."))} });`,
    "try { await env.run(process.argv.slice(1)); } catch (error) { console.error(error.message); process.exitCode = 1; }",
  ].join("\n");
  const pretend = options.nodeVersion
    ? ["--import", `data:text/javascript,Object.defineProperty(process.versions,"node",{value:${JSON.stringify(options.nodeVersion)}})`]
    : [];
  return runNode([...pretend, "--input-type=module", "-e", script, "--", ...args], { cwd: options.cwd });
}

#!/usr/bin/env node
// Plain JavaScript that any Node can parse, and a check with no dependencies: say clearly when this
// Node is too old, before loading modules that would crash on it.
const { unsupportedNode } = await import("../dist/node-version.js");
const problem = unsupportedNode("create-multiregion", process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
// Node's compile cache (under the OS temp folder, or NODE_COMPILE_CACHE; off with
// NODE_DISABLE_COMPILE_CACHE=1) keeps the compiled bundle: later runs skip parsing and compiling it.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv.slice(2));

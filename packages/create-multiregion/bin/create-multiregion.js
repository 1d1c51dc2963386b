#!/usr/bin/env node
// Plain JavaScript that any Node can parse: say clearly when this Node is too old, before
// loading modules that would crash on it.
const [major, minor] = process.versions.node.split(".").map(Number);
const supported = (major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major > 24;
if (!supported) {
  console.error(
    `create-multiregion: Node.js ${process.versions.node} is not supported; allowed: ^22.18.0 || >=24.11.0 (Node 24 LTS recommended)`,
  );
  process.exit(1);
}
// Node's compile cache (under the OS temp folder, or NODE_COMPILE_CACHE; off with
// NODE_DISABLE_COMPILE_CACHE=1) keeps the compiled bundle: later runs skip parsing and compiling it.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv.slice(2));

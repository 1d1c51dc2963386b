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
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv.slice(2));

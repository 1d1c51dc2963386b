// Bundles the wrapper and the generators it runs into dist/, and copies the templates beside them,
// so the package is self-contained: yeoman-environment and yeoman-generator stay dependencies.
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url);
rmSync(new URL("dist", import.meta.url), { recursive: true, force: true });
rmSync(new URL("templates", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: "src/cli.ts",
    "generators/app/index": new URL("generators/app/index.ts", root).pathname,
    "generators/region/index": new URL("generators/region/index.ts", root).pathname,
  },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  external: ["yeoman-environment", "yeoman-generator"],
  // Bundled CommonJS dependencies may call require().
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
cpSync(new URL("templates", root), new URL("templates", import.meta.url), { recursive: true });

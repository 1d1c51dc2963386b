// Bundles the wrapper, the generators it runs, yeoman-environment, yeoman-generator and everything
// they load into dist/, and copies the templates (and the root build's compiled templates) beside them. The package has no dependencies:
// `npm create multiregion` downloads one tarball, and a run reads a dozen files instead of resolving
// ~1,700 modules. `npm run bench` (repository root) measures the effect; build/ holds the details.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { bundleFixes } from "./build/bundle-fixes.mjs";
import { thirdPartyLicenses } from "./build/licenses.mjs";

const root = new URL("../../", import.meta.url);
const here = (path) => new URL(path, import.meta.url).pathname;
const versionOf = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), "utf8")).version;

rmSync(here("dist"), { recursive: true, force: true });
rmSync(here("templates"), { recursive: true, force: true });
const result = await build({
  entryPoints: {
    cli: "src/cli.ts",
    // The bin checks the Node version with it before loading anything else.
    "node-version": new URL("src/node-version.ts", root).pathname,
    "generators/app/index": new URL("generators/app/index.ts", root).pathname,
    "generators/region/index": new URL("generators/region/index.ts", root).pathname,
  },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  plugins: [bundleFixes(versionOf)],
  // Bundled CommonJS dependencies may call require().
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
  metafile: true,
});
// BUNDLE_METAFILE=<file>: what went into the bundle, for esbuild's analyzer.
if (process.env.BUNDLE_METAFILE) writeFileSync(process.env.BUNDLE_METAFILE, JSON.stringify(result.metafile));
writeFileSync(here("dist/THIRD-PARTY-LICENSES.md"), thirdPartyLicenses(result.metafile, here(".")));
cpSync(new URL("templates", root), new URL("templates", import.meta.url), { recursive: true });
// The templates compiled by the root build (src/project/compiled-templates.ts), where a run looks for them.
cpSync(new URL("dist/templates.compiled.cjs", root), here("dist/templates.compiled.cjs"));

// Bundles the wrapper, the generators it runs, yeoman-environment, yeoman-generator and everything
// they load into dist/, and copies the templates beside them. The package has no dependencies:
// `npm create multiregion` downloads one tarball, and a run reads a dozen files instead of resolving
// ~1,700 modules. `npm run bench` (repository root) measures the effect.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url);
const here = (path) => new URL(path, import.meta.url).pathname;
const versionOf = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), "utf8")).version;

/**
 * Edits to dependency sources as they are bundled: literal [from, to] pairs that must all match, so an
 * upgrade that moves the text fails the build instead of shipping an unedited module.
 * - Bundled code no longer sits beside its package.json: reads of it become the values read now.
 * - What a run without questions never uses is loaded at its first use instead of at start:
 *   esbuild evaluates a bundled module that is only `require()`d inside a function when it is called.
 */
const sourceEdits = {
  "yeoman-environment/dist/environment-base.js": [["require('../package.json').version", JSON.stringify(versionOf("yeoman-environment"))]],
  "yeoman-environment/dist/module-lookup.js": [
    ["JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json')).toString()).name", JSON.stringify("yeoman-environment")],
  ],
  "yeoman-generator/dist/generator.js": [
    [
      "JSON.parse(readFileSync(pathJoin(_dirname, '../package.json'), 'utf8'))",
      JSON.stringify({ name: "yeoman-generator", version: versionOf("yeoman-generator") }),
    ],
  ],
  // simple-git: for generators that use this.simpleGit (ours spawn git).
  "yeoman-generator/dist/index.js": [
    ["import { CheckRepoActions, CleanOptions, simpleGit } from 'simple-git';", "const loadSimpleGit = () => require('simple-git');"],
    ["const git = simpleGit({", "const { CheckRepoActions, CleanOptions, simpleGit } = loadSimpleGit();\n        const git = simpleGit({"],
  ],
  // latest-version and its registry client: for addDependencies without a version.
  "yeoman-generator/dist/actions/package-json.js": [
    ["import latestVersion from 'latest-version';", "const latestVersion = async (name) => (await import('latest-version')).default(name);"],
  ],
  // inquirer and every prompt: at the first question (--yes asks none).
  "@yeoman/adapter/dist/inquirer.js": [
    ["import { createPromptModule } from 'inquirer';", "const createPromptModule = (options) => require('inquirer').createPromptModule(options);"],
    ["export const createAdapterPromptModule = parameter => {", "const createLoadedPromptModule = parameter => {"],
    [
      "//# sourceMappingURL",
      `/** The prompt module, created at its first use: calling it or touching a property loads inquirer. */
export const createAdapterPromptModule = parameter => {
    let promptModule;
    const load = () => (promptModule ??= createLoadedPromptModule(parameter));
    return new Proxy(function promptModuleNotLoadedYet() { }, {
        apply: (_target, thisArgument, arguments_) => Reflect.apply(load(), thisArgument, arguments_),
        get: (_target, key) => Reflect.get(load(), key),
        set: (_target, key, value) => Reflect.set(load(), key, value),
        has: (_target, key) => Reflect.has(load(), key),
        defineProperty: (_target, key, descriptor) => Reflect.defineProperty(load(), key, descriptor),
    });
};
//# sourceMappingURL`,
    ],
  ],
  "@yeoman/adapter/dist/adapter.js": [
    ["import { Separator } from '@inquirer/prompts';", "const loadSeparator = () => require('@inquirer/prompts').Separator;"],
    ["return new Separator(separator);", "const Separator = loadSeparator();\n        return new Separator(separator);"],
  ],
  // string-width (through ora): its Intl.Segmenter takes tens of ms to create and serves only text
  // that is not plain ASCII.
  "string-width/index.js": [
    ["const segmenter = new Intl.Segmenter();", "let segmenter;"],
    ["segmenter.segment(string)", "(segmenter ??= new Intl.Segmenter()).segment(string)"],
  ],
};

/** @type {import("esbuild").Plugin} */
const bundleFixes = {
  name: "bundle-fixes",
  setup(build) {
    const applied = new Set();
    build.onResolve({ filter: /^fly-import$/ }, () => ({ path: here("build/fly-import.js") }));
    build.onLoad({ filter: /node_modules\/.+\.js$/ }, (args) => {
      const file = Object.keys(sourceEdits).find((key) => args.path.endsWith(`node_modules/${key}`));
      if (!file) return undefined;
      let text = readFileSync(args.path, "utf8");
      for (const [from, to] of sourceEdits[file]) {
        if (!text.includes(from)) throw new Error(`${file}: \`${from}\` not found; update sourceEdits in build.mjs for this version`);
        text = text.replace(from, to);
      }
      applied.add(file);
      return { contents: text, loader: "js" };
    });
    build.onEnd((result) => {
      const missed = Object.keys(sourceEdits).filter((file) => !applied.has(file));
      if (result.errors.length === 0 && missed.length > 0) throw new Error(`not bundled any more, edits unused: ${missed.join(", ")}`);
    });
  },
};

/** The license of every package with code in the bundle, as the licenses ask when code is redistributed. */
function thirdPartyLicenses(metafile) {
  const packageDirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(resolve(here("."), input));
      if (match && bytesInOutput > 0) packageDirs.add(match[1]);
    }
  }
  const sections = [...packageDirs].sort().map((dir) => {
    const { name, version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `${license} (no license file in the package)`;
    return `## ${name} ${version} (${license})\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`;
  });
  return `# Third-party licenses\n\ncreate-multiregion bundles these packages into dist/.\n\n${sections.join("\n")}`;
}

rmSync(here("dist"), { recursive: true, force: true });
rmSync(here("templates"), { recursive: true, force: true });
const result = await build({
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
  plugins: [bundleFixes],
  // Bundled CommonJS dependencies may call require().
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
  metafile: true,
});
if (process.env.BUNDLE_METAFILE) writeFileSync(process.env.BUNDLE_METAFILE, JSON.stringify(result.metafile));
writeFileSync(here("dist/THIRD-PARTY-LICENSES.md"), thirdPartyLicenses(result.metafile));
cpSync(new URL("templates", root), new URL("templates", import.meta.url), { recursive: true });

/**
 * Edits to dependency sources as they are bundled: literal [from, to] pairs, keyed by the path under
 * node_modules. Every pair must match and every file must be bundled (bundle-fixes.mjs checks), so an
 * upgrade that moves the text fails the build instead of shipping an unedited module.
 * - Bundled code no longer sits beside its package.json: reads of it become the values read now.
 * - What a run without questions never uses is loaded at its first use instead of at start:
 *   esbuild evaluates a bundled module that is only `require()`d inside a function when it is called.
 * @param {(name: string) => string} versionOf the installed version of a package
 * @returns {Record<string, [string, string][]>}
 */
export const sourceEdits = (versionOf) => ({
  "yeoman-environment/dist/environment-base.js": [["require('../package.json').version", JSON.stringify(versionOf("yeoman-environment"))]],
  "yeoman-environment/dist/module-lookup.js": [
    ["JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json')).toString()).name", JSON.stringify("yeoman-environment")],
    // globby: for looking generators up on disk, which the wrapper never does (it registers its own).
    ["import { globbySync } from 'globby';", "const globbySync = (patterns, options) => require('globby').globbySync(patterns, options);"],
  ],
  // commander: for yoe's command line and env.execute, not env.run. The wrapper imports only createEnv.
  "yeoman-environment/dist/index.js": [['export * from "./commands.js";\nexport * from "./util/command.js";\n', ""]],
  "yeoman-environment/dist/environment-full.js": [
    ['import YeomanCommand from "./util/command.js";', 'const loadYeomanCommand = () => require("./util/command.js").default;'],
    ["new YeomanCommand()", "new (loadYeomanCommand())()"],
  ],
  "yeoman-generator/dist/generator.js": [
    [
      "JSON.parse(readFileSync(pathJoin(_dirname, '../package.json'), 'utf8'))",
      JSON.stringify({ name: "yeoman-generator", version: versionOf("yeoman-generator") }),
    ],
    // lodash as this._, which our generators do not use: say so rather than fail on a missing module.
    ["return require('lodash-es');", "throw new Error(`${this._namespace}: this._ (lodash) is not bundled into create-multiregion`);"],
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
  // string-width: its Unicode property regexes take tens of ms to create, and ora measures text
  // only to redraw a spinner on a terminal.
  "ora/index.js": [["import stringWidth from 'string-width';", "const stringWidth = (text) => require('string-width').default(text);"]],
  // Writing the project: the same calls, made synchronously. One file after another, each through the
  // thread pool, waits for a round trip per call: done in place they take less time, and a CLI has
  // nothing else to do meanwhile.
  "mem-fs-editor/dist/actions/commit-file-async.js": [
    [
      "import fs from 'node:fs/promises';",
      "import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';\n" +
        "const fs = {\n" +
        "    stat: async (path) => statSync(path),\n" +
        "    mkdir: async (path, options) => mkdirSync(path, options),\n" +
        "    writeFile: async (path, data, options) => writeFileSync(path, data, options),\n" +
        "    chmod: async (path, mode) => chmodSync(path, mode),\n" +
        "    rm: async (path, options) => rmSync(path, options),\n" +
        "};",
    ],
  ],
  // fdir's optional picomatch, looked for at run time beside fdir: bundled like the rest.
  "fdir/dist/index.mjs": [['__require.resolve("picomatch");\n\tpm = __require("picomatch");', 'pm = require("picomatch");']],
});

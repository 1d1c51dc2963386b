import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import helpers from "yeoman-test";
import { basePath, formatManifest, manifestPath, parseManifest, sha256 } from "../../src/regen/manifest.js";
import { templatesOverrideVariable } from "../../src/project/templates-dir.js";
import { tempDir, treeOf } from "../cli/run-cli.js";

/** yeoman-test changes the working folder: every path here is absolute. */
const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const appGenerator = repo("dist/generators/app/index.js");
export const regionGenerator = repo("dist/generators/region/index.js");

/**
 * Runs `yo multiregion` in `dir` (yeoman-test: force and skipInstall are on, so these tests check
 * preservation themselves). `templates` simulates a template upgrade: a modified copy of templates/.
 */
export function runApp(dir: string, options: Record<string, unknown> = {}, templates?: string) {
  return withTemplates(templates, () => helpers.run(appGenerator).cd(dir).withOptions({ skipGit: true, skipInstall: true, ...options } as never));
}

export function runRegion(dir: string, args: string[], options: Record<string, unknown> = {}, templates?: string) {
  return withTemplates(templates, () =>
    helpers
      .run(regionGenerator)
      .cd(dir)
      .withArguments(args)
      .withOptions({ skipInstall: true, ...options } as never),
  );
}

async function withTemplates<T>(templates: string | undefined, run: () => PromiseLike<T>): Promise<T> {
  const before = process.env[templatesOverrideVariable];
  if (templates) process.env[templatesOverrideVariable] = templates;
  else delete process.env[templatesOverrideVariable];
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env[templatesOverrideVariable];
    else process.env[templatesOverrideVariable] = before;
  }
}

/** A generated project in a new folder. */
export async function generatedProject(options: Record<string, unknown> = {}): Promise<string> {
  const dir = join(tempDir(), "svc");
  mkdirSync(dir);
  await runApp(dir, { yes: true, ...options });
  return dir;
}

/** A copy of the real templates with some of them changed: the "newer generator". */
export function upgradedTemplates(changes: Record<string, (text: string) => string>): string {
  const dir = join(tempDir("templates-"), "templates");
  cpSync(repo("templates"), dir, { recursive: true });
  for (const [template, change] of Object.entries(changes)) {
    const file = join(dir, `${template}.ejs`);
    const before = readFileSync(file, "utf8");
    const after = change(before);
    if (after === before) throw new Error(`upgrade of ${template} changed nothing`);
    writeFileSync(file, after);
  }
  return dir;
}

/** Replaces text that must be there (a test whose edit silently misses would prove nothing). */
export function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = join(dir, path);
  const before = readFileSync(file, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit of ${path}: ${String(from)} not found`);
  writeFileSync(file, after);
}

export const append = (dir: string, path: string, text: string) => writeFileSync(join(dir, path), readFileSync(join(dir, path), "utf8") + text);
export const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

/** Project files only (no state), to compare with a fresh generation. */
export function projectFiles(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(treeOf(dir)).filter(([path]) => !path.startsWith(".multiregion/") && path !== ".yo-rc.json"));
}

/** What a first generation with the project's current answers (and CIDR plan) writes. */
export async function freshRender(dir: string, templates?: string): Promise<Record<string, string>> {
  const fresh = join(tempDir(), "fresh");
  mkdirSync(fresh);
  writeFileSync(join(fresh, ".yo-rc.json"), read(dir, ".yo-rc.json"));
  await runApp(fresh, {}, templates);
  return projectFiles(fresh);
}

/** The state is the new render: manifest lists exactly its files and every base file is byte for byte the render. */
export function expectStateIs(dir: string, render: Record<string, string>): void {
  const manifest = parseManifest(read(dir, manifestPath));
  expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(render).sort());
  for (const [path, content] of Object.entries(render)) expect(read(dir, `.multiregion/base/${path}.base`), `base of ${path}`).toBe(content);
  const bases = Object.keys(treeOf(join(dir, ".multiregion", "base"))).map((path) => path.replace(/\.base$/, ""));
  expect(bases.sort()).toEqual(Object.keys(render).sort());
}

/** Contents and modification times: "wrote nothing" means neither changed. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(treeOf(dir)).map(([path, content]) => [path, `${statSync(join(dir, path)).mtimeMs} ${content}`]));
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * Makes a generated project look as an older version generated it, when a template rendered under
 * another path: the file at `to`, its base and its manifest entry go back to `from`, holding
 * `older(text)` (what that version rendered).
 */
export function asGeneratedBeforeMove(dir: string, from: string, to: string, older: (text: string) => string): void {
  asGeneratedBefore(dir, to, older);
  for (const [gone, written] of [[to, from], [basePath(to), basePath(from)]] as const) {
    mkdirSync(dirname(join(dir, written)), { recursive: true });
    renameSync(join(dir, gone), join(dir, written));
  }
  const manifest = parseManifest(read(dir, manifestPath));
  const { [to]: entry, ...files } = manifest.files;
  writeFileSync(join(dir, manifestPath), formatManifest({ ...manifest, files: { ...files, [from]: entry! } }));
}

/**
 * Makes a generated project look as an older version generated it, where a template rendered otherwise:
 * the file at `path`, its base and its manifest entry hold `older(text)` (what that version rendered).
 */
export function asGeneratedBefore(dir: string, path: string, older: (text: string) => string): void {
  const text = older(read(dir, path));
  if (text === read(dir, path)) throw new Error(`the older render of ${path} is the same as the new one`);
  for (const written of [path, basePath(path)]) writeFileSync(join(dir, written), text);
  const manifest = parseManifest(read(dir, manifestPath));
  writeFileSync(join(dir, manifestPath), formatManifest({ ...manifest, files: { ...manifest.files, [path]: { sha256: sha256(text) } } }));
}

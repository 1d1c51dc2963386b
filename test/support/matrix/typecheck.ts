import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export interface TypeCheckResult {
  /** Problems per combination, each starting with the file's path inside the generated project. */
  errors: Map<string, string[]>;
  /** Errors that belong to no combination (about the program as a whole, or in a dependency). */
  outside: string[];
  /** How many TypeScript programs ran (one per distinct set of compiler options). */
  programs: number;
  /** Source files of the combinations, and how many distinct ones were checked for them. */
  files: { total: number; checked: number };
}

/**
 * The part of the TypeScript API used here, loaded from the generated projects' install (the
 * repository's own TypeScript is the native compiler, which has no such API).
 */
interface TypeScript {
  sys: { readFile(path: string): string | undefined };
  readConfigFile(path: string, read: (path: string) => string | undefined): { config?: RawConfig; error?: Diagnostic };
  parseJsonConfigFileContent(json: unknown, host: unknown, basePath: string): { options: CompilerOptions; fileNames: string[]; errors: Diagnostic[] };
  flattenDiagnosticMessageText(text: unknown, newLine: string): string;
  createCompilerHost(options: CompilerOptions, setParentNodes: boolean): CompilerHost;
  createModuleResolutionCache(directory: string, canonical: (name: string) => string, options: CompilerOptions): unknown;
  resolveModuleName(
    name: string,
    containingFile: string,
    options: CompilerOptions,
    host: CompilerHost,
    cache?: unknown,
    redirected?: unknown,
    mode?: unknown,
  ): { resolvedModule?: { resolvedFileName: string } };
  getModeForUsageLocation(file: unknown, usage: unknown, options: CompilerOptions): unknown;
  preProcessFile(text: string, readImports: boolean, detectJavaScriptImports: boolean): { importedFiles: { fileName: string }[]; referencedFiles: { fileName: string }[] };
  createSourceFile(path: string, text: string, target: number, setParentNodes: boolean): unknown;
  isExternalModule(file: unknown): boolean;
  ScriptTarget: { Latest: number };
  createProgram(setup: { rootNames: string[]; options: CompilerOptions; host: CompilerHost }): unknown;
  getPreEmitDiagnostics(program: unknown): readonly Diagnostic[];
  DiagnosticCategory: { Error: number };
}
type CompilerOptions = Record<string, unknown>;
interface CompilerHost {
  getCurrentDirectory(): string;
  getCanonicalFileName(name: string): string;
  resolveModuleNameLiterals?(
    literals: readonly { text: string }[],
    containingFile: string,
    redirected: unknown,
    options: CompilerOptions,
    containingSourceFile: unknown,
  ): { resolvedModule?: { resolvedFileName: string } }[];
}
interface Diagnostic {
  messageText: unknown;
  category: number;
  code: number;
  start?: number;
  file?: { fileName: string; getLineAndCharacterOfPosition(position: number): { line: number; character: number } };
}
interface RawConfig {
  extends?: unknown;
  compilerOptions?: Record<string, unknown>;
}

/** Options about output: the matrix emits nothing, and one rootDir cannot hold every project. */
const outputOptions = ["outDir", "rootDir", "declarationDir", "tsBuildInfoFile", "composite", "incremental"];

function tsconfigFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    if (entry.isDirectory()) return tsconfigFiles(join(dir, entry.name));
    return entry.name === "tsconfig.json" ? [join(dir, entry.name)] : [];
  });
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** A combination's source file, as one of its tsconfig.json files includes it. */
interface Source {
  label: string;
  /** Absolute path. */
  path: string;
  /** The path inside the generated project, as errors name it. */
  name: string;
}

/** The sources of one set of compiler options, across combinations, keyed by absolute path. */
interface Group {
  options: CompilerOptions;
  key: string;
  sources: Map<string, Source>;
}

/**
 * Type-checks every tsconfig.json of every combination against the real provider types, checking
 * each distinct file once. The combinations' code is almost the same (what differs between answers
 * is mostly the stack's config), so a file is keyed by everything its check depends on: the compiler
 * options, the package's module type, and the path and content of every project file it reaches
 * through imports and references. Files with equal keys get equal diagnostics; one of them stands for
 * all, and imports between project files resolve to those standing files, so that each distinct file
 * is checked once in one program per set of options. A file that is not a module, or that declares
 * globals, reaches every file of its project (and every file reaches it), since it changes the
 * global scope they are all checked in. Errors are reported on every combination holding the file.
 */
export function typeCheckAll(root: string, labels: string[], nodeModules: string): TypeCheckResult {
  const ts = createRequire(join(nodeModules, "package.json"))(join(nodeModules, "typescript")) as TypeScript;
  const message = messageOf(ts);
  const result: TypeCheckResult = { errors: new Map(labels.map((label) => [label, []])), outside: [], programs: 0, files: { total: 0, checked: 0 } };
  const groups = new Map<string, Group>();

  for (const label of labels) {
    const problems = result.errors.get(label)!;
    const configs = tsconfigFiles(join(root, label));
    if (configs.length === 0) problems.push("no tsconfig.json: nothing to type-check");
    for (const file of configs) {
      const name = relative(join(root, label), file);
      const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
      if (error || !config) {
        problems.push(`${name}: cannot be read: ${error ? message(error) : "empty"}`);
        continue;
      }
      if (config.extends !== undefined) {
        problems.push(`${name}: "extends" is not supported by the matrix's merged type-check; inline the options`);
        continue;
      }
      const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(file));
      problems.push(...parsed.errors.map((diagnostic) => `${name}: ${message(diagnostic)}`));
      const raw = Object.fromEntries(Object.entries(config.compilerOptions ?? {}).filter(([key]) => !outputOptions.includes(key)));
      const key = JSON.stringify(raw);
      const options: CompilerOptions = { ...parsed.options, noEmit: true };
      for (const option of outputOptions) delete options[option];
      const group = groups.get(key) ?? { options, key, sources: new Map<string, Source>() };
      for (const path of parsed.fileNames) group.sources.set(path, { label, path, name: relative(join(root, label), path) });
      groups.set(key, group);
    }
  }

  for (const group of groups.values()) checkGroup(ts, root, group, result);
  return result;
}

/** A diagnostic's text, its chain of messages one per line. */
const messageOf = (ts: TypeScript) => (diagnostic: Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");

function checkGroup(ts: TypeScript, root: string, group: Group, result: TypeCheckResult): void {
  const message = messageOf(ts);
  const host = ts.createCompilerHost(group.options, true);
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (name) => host.getCanonicalFileName(name), group.options);
  const resolve = (specifier: string, from: string) =>
    ts.resolveModuleName(specifier, from, group.options, host, cache).resolvedModule?.resolvedFileName;

  // The project files each source reaches directly, and whether it reaches every file of its project;
  // a content is parsed once however many combinations hold it.
  const hashes = new Map<string, string>();
  const edges = new Map<string, string[]>();
  const global = new Set<string>();
  const scanned = new Map<string, { specifiers: string[]; references: string[]; global: boolean }>();
  for (const source of group.sources.values()) {
    const content = readFileSync(source.path, "utf8");
    const hash = sha1(content);
    hashes.set(source.path, hash);
    let scan = scanned.get(hash);
    if (!scan) {
      const found = ts.preProcessFile(content, true, true);
      const parsed = ts.createSourceFile(source.path, content, ts.ScriptTarget.Latest, false);
      scan = {
        specifiers: found.importedFiles.map(({ fileName }) => fileName),
        references: found.referencedFiles.map(({ fileName }) => fileName),
        global: !ts.isExternalModule(parsed) || /\bdeclare\s+(global|module)\b/.test(content),
      };
      scanned.set(hash, scan);
    }
    edges.set(source.path, [
      ...scan.specifiers.flatMap((specifier) => resolve(specifier, source.path) ?? []),
      ...scan.references.map((reference) => join(dirname(source.path), reference)),
    ]);
    if (scan.global) global.add(source.path);
  }

  // Each source's key: everything its diagnostics depend on (see typeCheckAll).
  const moduleType = new Map<string, string>();
  const packageOf = (label: string) => {
    if (!moduleType.has(label)) {
      const manifest = JSON.parse(readFileSync(join(root, label, "package.json"), "utf8")) as { type?: string; imports?: unknown };
      moduleType.set(label, JSON.stringify([manifest.type, manifest.imports]));
    }
    return moduleType.get(label)!;
  };
  const keys = new Map<string, string>();
  const holders = new Map<string, Source[]>();
  const standing = new Map<string, string>();
  for (const source of group.sources.values()) {
    const projectGlobals = [...global].filter((path) => group.sources.get(path)!.label === source.label);
    const reached = new Set<string>();
    const visit = (path: string) => {
      if (reached.has(path) || !hashes.has(path) || group.sources.get(path)!.label !== source.label) return;
      reached.add(path);
      for (const next of edges.get(path)!) visit(next);
    };
    visit(source.path);
    for (const path of projectGlobals) visit(path);
    if (global.has(source.path)) for (const path of group.sources.keys()) visit(path);
    const reachedFiles = [...reached].map((path) => `${group.sources.get(path)!.name}\0${hashes.get(path)!}`).sort();
    const key = sha1([group.key, packageOf(source.label), source.name, ...reachedFiles].join("\n"));
    keys.set(source.path, key);
    holders.set(key, [...(holders.get(key) ?? []), source]);
    if (!standing.has(key)) standing.set(key, source.path);
  }
  result.files.total += group.sources.size;
  result.files.checked += standing.size;

  // Imports between project files resolve to the file standing for the imported one's key.
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, options, containingSourceFile) =>
    literals.map((literal) => {
      const resolved = ts.resolveModuleName(literal.text, containingFile, options, host, cache, redirected, ts.getModeForUsageLocation(containingSourceFile, literal, options));
      const target = resolved.resolvedModule && standing.get(keys.get(resolved.resolvedModule.resolvedFileName) ?? "");
      return target ? { ...resolved, resolvedModule: { ...resolved.resolvedModule!, resolvedFileName: target } } : resolved;
    });

  const program = ts.createProgram({ rootNames: [...standing.values()], options: group.options, host });
  result.programs += 1;
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    if (diagnostic.category !== ts.DiagnosticCategory.Error) continue;
    const where = (name: string) => {
      if (!diagnostic.file || diagnostic.start === undefined) return name;
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${name}(${line + 1},${character + 1})`;
    };
    const line = (name: string) => `${where(name)}: error TS${diagnostic.code}: ${message(diagnostic)}`;
    const path = diagnostic.file?.fileName;
    const key = path === undefined ? undefined : keys.get(path);
    if (key !== undefined) {
      for (const holder of holders.get(key)!) result.errors.get(holder.label)!.push(line(holder.name));
      continue;
    }
    // A file no tsconfig includes but a project file imports: it belongs to that project alone.
    const inside = path === undefined ? undefined : relative(root, path).split(sep);
    const label = inside && inside[0] !== ".." && !inside.includes("node_modules") ? inside[0] : undefined;
    if (label !== undefined && result.errors.has(label)) result.errors.get(label)!.push(line(inside!.slice(1).join("/")));
    else result.outside.push(line(path ?? "(program)"));
  }
}

/**
 * The heap the check gets: every distinct file of every combination is in one program (about 4 GB
 * for the full matrix), more than Node's default allows.
 */
const heapMegabytes = 6144;

/**
 * typeCheckAll in a process of its own, with the heap it needs; the program's memory goes with the
 * process. This file is also that process's entry point (it imports nothing but Node's modules, so
 * Node runs it as it is).
 */
export async function typeCheckInOwnProcess(root: string, labels: string[], nodeModules: string): Promise<TypeCheckResult> {
  const request = join(root, "typecheck-request.json");
  const answer = join(root, "typecheck-result.json");
  writeFileSync(request, JSON.stringify({ root, labels, nodeModules, answer }));
  try {
    await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapMegabytes}`, fileURLToPath(import.meta.url), request], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    return { errors: new Map(labels.map((label) => [label, []])), outside: [`the type-check process failed: ${message}\n${stderr ?? ""}`], programs: 0, files: { total: 0, checked: 0 } };
  }
  const found = JSON.parse(readFileSync(answer, "utf8")) as Omit<TypeCheckResult, "errors"> & { errors: [string, string[]][] };
  return { ...found, errors: new Map(found.errors) };
}

if (import.meta.main) {
  const { root, labels, nodeModules, answer } = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as { root: string; labels: string[]; nodeModules: string; answer: string };
  const result = typeCheckAll(root, labels, nodeModules);
  writeFileSync(answer, JSON.stringify({ ...result, errors: [...result.errors] }));
}

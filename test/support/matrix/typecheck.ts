import { readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { mapLimit, runProcess, tail } from "../processes.js";

export interface TypeCheckResult {
  /** Problems per combination, each starting with the file's path inside the generated project. */
  errors: Map<string, string[]>;
  /** Errors tsc reported outside every combination folder (or about the program as a whole). */
  outside: string[];
  programs: number;
}

/** The part of the TypeScript API used here (the generated projects' TypeScript, loaded from their install). */
interface TypeScript {
  sys: { readFile(path: string): string | undefined };
  readConfigFile(path: string, read: (path: string) => string | undefined): { config?: RawConfig; error?: Diagnostic };
  parseJsonConfigFileContent(json: unknown, host: unknown, basePath: string): { fileNames: string[]; errors: Diagnostic[] };
  flattenDiagnosticMessageText(text: unknown, newLine: string): string;
}
interface Diagnostic {
  messageText: unknown;
}
interface RawConfig {
  extends?: unknown;
  compilerOptions?: Record<string, unknown>;
}

/** Options about output: the matrix program emits nothing, and one rootDir cannot hold every project. */
const outputOptions = ["outDir", "rootDir", "declarationDir", "tsBuildInfoFile", "composite", "incremental"];

function tsconfigFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    if (entry.isDirectory()) return tsconfigFiles(join(dir, entry.name));
    return entry.name === "tsconfig.json" ? [join(dir, entry.name)] : [];
  });
}

/**
 * Type-checks every tsconfig.json of every combination, each with its own options and files as
 * TypeScript resolves them, in as few tsc programs as there are distinct compiler options (normally
 * one, in chunks of combinations), so the provider types load once per program; `concurrency` programs
 * run at once (tsc uses one core). tsc reports paths relative to `root`: the first segment names the
 * combination, the rest the generated file.
 */
export async function typeCheckAll(root: string, labels: string[], nodeModules: string, concurrency = 1): Promise<TypeCheckResult> {
  const ts = createRequire(join(nodeModules, "package.json"))(join(nodeModules, "typescript")) as TypeScript;
  const message = (diagnostic: Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const result: TypeCheckResult = { errors: new Map(labels.map((label) => [label, []])), outside: [], programs: 0 };
  const groups = new Map<string, { options: Record<string, unknown>; files: Set<string> }>();

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
      const options = Object.fromEntries(Object.entries(config.compilerOptions ?? {}).filter(([key]) => !outputOptions.includes(key)));
      const key = JSON.stringify(options);
      const group = groups.get(key) ?? { options, files: new Set<string>() };
      for (const source of parsed.fileNames) group.files.add(relative(root, source));
      groups.set(key, group);
    }
  }

  const tsc = join(nodeModules, "typescript", "bin", "tsc");
  // At least one program per concurrent slot, so that a small slice keeps every core busy too.
  const size = Math.min(combinationsPerProgram, Math.ceil(labels.length / concurrency));
  const programs = [...groups.values()].flatMap((group) => chunksOf(group, labels, size));
  await mapLimit(programs, concurrency, async (program, index) => {
    const configFile = join(root, `tsconfig.matrix-${index}.json`);
    writeFileSync(configFile, JSON.stringify({ compilerOptions: { ...program.options, noEmit: true }, files: program.files }, null, 2));
    const run = await runProcess(process.execPath, [`--max-old-space-size=${heapMegabytes}`, tsc, "-p", configFile, "--pretty", "false"], {
      cwd: root,
      killAfterMs: 20 * 60_000,
    });
    result.programs += 1;
    const found = assignErrors(run.output, result);
    if (run.code !== 0 && found === 0) {
      result.outside.push(`tsc exited with ${run.code}${run.timedOut ? " (killed after 20 minutes)" : ""}:\n${tail(run.output, 20)}`);
    }
  });
  return result;
}

/**
 * How many combinations share one tsc program, and the heap it gets: one program for all of them
 * outgrows the heap (every combination's files stay in memory together), while each program pays
 * the provider types' load once, so a few large programs are the fastest that fits.
 */
const combinationsPerProgram = 48;
const heapMegabytes = 6144;

function chunksOf(group: { options: Record<string, unknown>; files: Set<string> }, labels: string[], size: number) {
  const chunks: { options: Record<string, unknown>; files: string[] }[] = [];
  for (let start = 0; start < labels.length; start += size) {
    const chosen = new Set(labels.slice(start, start + size));
    const files = [...group.files].filter((file) => chosen.has(file.split("/")[0]!));
    if (files.length > 0) chunks.push({ options: group.options, files });
  }
  return chunks;
}

/** `label/src/x.ts(3,5): error TS2322: ...` lines, with their indented continuation lines; returns how many. */
function assignErrors(output: string, result: TypeCheckResult): number {
  let current: string[] | undefined;
  let count = 0;
  for (const line of output.split("\n")) {
    if (line.trim() === "") continue;
    if (/^\s/.test(line) && current && current.length > 0) {
      current[current.length - 1] += `\n${line}`;
      continue;
    }
    const slash = line.indexOf("/");
    const label = slash > 0 ? line.slice(0, slash) : "";
    current = result.errors.get(label) ?? result.outside;
    current.push(current === result.outside ? line : line.slice(slash + 1));
    count += 1;
  }
  return count;
}

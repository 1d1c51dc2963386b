import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative } from "node:path";

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'\n]+)["']/g;

/** `@pulumi/aws/ec2` -> `@pulumi/aws`, `yaml` -> `yaml`; undefined for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

function sourceFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, root);
    return /\.(c|m)?ts$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Packages a file can resolve in a normal install: those listed in a package.json from its folder up to the project's. */
function visiblePackages(projectDir: string, file: string): Set<string> {
  const visible = new Set<string>();
  for (let dir = dirname(join(projectDir, file)); ; dir = dirname(dir)) {
    const manifestPath = join(dir, "package.json");
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
      for (const name of [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]) visible.add(name);
    }
    if (dir === projectDir || dir === dirname(dir)) return visible;
  }
}

/**
 * Packages a generated project imports without listing them: the shared install holds every
 * combination's packages, so type-check and tests alone would not notice. The Pulumi program
 * (index.ts, src/) runs in `pulumi up` and may use only the project's `dependencies`; tests, the
 * policy pack and scripts are development tools and may use `devDependencies` too.
 */
export function undeclaredImports(projectDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as Manifest;
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
  const problems = new Set<string>();
  for (const file of sourceFiles(projectDir)) {
    const isProgram = file === "index.ts" || file.startsWith("src/");
    const allowed = isProgram ? runtime : visiblePackages(projectDir, file);
    for (const [, specifier] of readFileSync(join(projectDir, file), "utf8").matchAll(importPattern)) {
      const name = packageOf(specifier!);
      if (name === undefined || allowed.has(name)) continue;
      const where = isProgram && visiblePackages(projectDir, file).has(name) ? "lists only in devDependencies" : "does not list";
      problems.add(`${file} imports ${name}, which package.json ${where}`);
    }
  }
  return [...problems];
}

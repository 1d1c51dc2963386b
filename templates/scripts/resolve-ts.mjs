// Lets Node run this project's TypeScript straight from source (`npm run cost`), with no build step.
// Node 22.18+ strips the types itself; this hook finds the .ts file an import means (the project's
// imports name no extension, or ".js" as TypeScript's "nodenext" allows) and tells Node these files
// are ES modules.
import * as module from "node:module";

if (!process.features.typescript || typeof module.registerHooks !== "function") {
  console.error(`npm run cost needs Node 22.18 or later (this is ${process.version}): it runs TypeScript without a build step`);
  process.exit(1);
}

const isProjectTypeScript = (url) => url.startsWith("file:") && url.endsWith(".ts") && !url.includes("/node_modules/");

/** "./config" -> "./config.ts", "./prices.js" -> "./prices.ts"; undefined for anything else. */
function typeScriptFile(specifier) {
  if (!/^\.{1,2}\//.test(specifier)) return undefined;
  if (specifier.endsWith(".js")) return `${specifier.slice(0, -3)}.ts`;
  return /\.[cm]?[jt]s$/.test(specifier) ? undefined : `${specifier}.ts`;
}

module.registerHooks({
  resolve(specifier, context, nextResolve) {
    let resolved;
    const candidate = typeScriptFile(specifier);
    if (candidate) {
      try {
        resolved = nextResolve(candidate, context);
      } catch {
        // Not a TypeScript file: resolve it as written.
      }
    }
    resolved ??= nextResolve(specifier, context);
    return isProjectTypeScript(resolved.url) ? { ...resolved, format: "module-typescript" } : resolved;
  },
});

// Lets Node run this project's TypeScript straight from source (`npm run cost`), with no build step.
// Node 22.18+ strips the types itself; this hook completes the imports, which name no extension
// (tsconfig "nodenext" in a CommonJS package), and tells Node these files are ES modules.
import * as module from "node:module";

if (!process.features.typescript || typeof module.registerHooks !== "function") {
  console.error(`npm run cost needs Node 22.18 or later (this is ${process.version}): it runs TypeScript without a build step`);
  process.exit(1);
}

const isProjectTypeScript = (url) => url.startsWith("file:") && url.endsWith(".ts") && !url.includes("/node_modules/");

module.registerHooks({
  resolve(specifier, context, nextResolve) {
    let resolved;
    if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        resolved = nextResolve(`${specifier}.ts`, context);
      } catch {
        // Not a TypeScript file: resolve it as written.
      }
    }
    resolved ??= nextResolve(specifier, context);
    return isProjectTypeScript(resolved.url) ? { ...resolved, format: "module-typescript" } : resolved;
  },
});

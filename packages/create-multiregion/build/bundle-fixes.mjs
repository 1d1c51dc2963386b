import { readFileSync } from "node:fs";
import { sourceEdits } from "./source-edits.mjs";

/**
 * The esbuild plugin that makes the dependencies bundle cleanly: fly-import is replaced (see
 * fly-import.js beside this file) and the sources listed in source-edits.mjs are edited as loaded.
 * @param {(name: string) => string} versionOf the installed version of a package
 * @returns {import("esbuild").Plugin}
 */
export function bundleFixes(versionOf) {
  const edits = sourceEdits(versionOf);
  return {
    name: "bundle-fixes",
    setup(build) {
      const applied = new Set();
      build.onResolve({ filter: /^fly-import$/ }, () => ({ path: new URL("fly-import.js", import.meta.url).pathname }));
      build.onLoad({ filter: /node_modules\/.+\.m?js$/ }, (args) => {
        const file = Object.keys(edits).find((key) => args.path.endsWith(`node_modules/${key}`));
        if (!file) return undefined;
        let text = readFileSync(args.path, "utf8");
        for (const [from, to] of edits[file]) {
          if (!text.includes(from)) throw new Error(`${file}: \`${from}\` not found; update build/source-edits.mjs for this version`);
          text = text.replace(from, to);
        }
        applied.add(file);
        return { contents: text, loader: "js" };
      });
      build.onEnd((result) => {
        const unused = Object.keys(edits).filter((file) => !applied.has(file));
        if (result.errors.length === 0 && unused.length > 0) throw new Error(`no longer bundled, edits unused: ${unused.join(", ")}`);
      });
    },
  };
}

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The license of every package with code in the bundle, as those licenses ask when code is
 * redistributed: THIRD-PARTY-LICENSES.md, shipped in dist/.
 * @param {import("esbuild").Metafile} metafile
 * @param {string} workingDir the folder the metafile's input paths are relative to
 */
export function thirdPartyLicenses(metafile, workingDir) {
  const packageDirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(resolve(workingDir, input));
      if (match && bytesInOutput > 0) packageDirs.add(match[1]);
    }
  }
  const sections = [...packageDirs].sort().map((dir) => {
    const { name, version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `${license} (the package has no license file)`;
    return `## ${name} ${version} (${license})\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`;
  });
  return `# Third-party licenses\n\ncreate-multiregion bundles these packages into dist/.\n\n${sections.join("\n")}`;
}

/**
 * The Node.js versions the generator and the wrapper run on (their dependencies' own ranges, see
 * package.json "engines", which test/node-version.test.ts keeps equal). Plain code with no imports:
 * it is checked before anything that would fail on an older Node is loaded.
 */
export const supportedNodeRange = "^22.18.0 || >=24.11.0";

/** Whether `version` ("24.11.0") is in supportedNodeRange. */
export function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return (major === 22 && minor >= 18) || (major === 24 && minor >= 11) || major > 24;
}

/** The one line that refuses an unsupported Node, or undefined when `version` is supported. */
export function unsupportedNode(tool: string, version: string): string | undefined {
  return nodeSupported(version) ? undefined : `${tool}: Node.js ${version} is not supported; allowed: ${supportedNodeRange} (Node 24 LTS recommended)`;
}

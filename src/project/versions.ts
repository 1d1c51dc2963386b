/**
 * The Pulumi release a generated project is built and deployed with: package.json asks for its SDK
 * (and newer 3.x), CI pins the CLI of the same release so that previews and deployments do not
 * change under the team when Pulumi publishes a new CLI.
 */
export const pulumiVersion = "3.270.0";

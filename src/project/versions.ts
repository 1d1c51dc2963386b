/**
 * The Pulumi release a generated project is built and deployed with: package.json pins its SDK and CI
 * pins the CLI of the same release, so that previews and deployments do not change under the team when
 * Pulumi publishes a new one. Upgrade both together.
 */
export const pulumiVersion = "3.270.0";

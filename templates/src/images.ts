/**
 * Machine images of the app tier. A stack pins its image by AMI name in its config: a name is the
 * same in every region (the image id differs), so every region runs the same build, and nothing
 * changes until someone changes the name. No imports: the generator uses this file too.
 */

export type Architecture = "x86_64" | "arm64";

/**
 * The Amazon Linux 2023 release new stacks start on. Amazon publishes a new release every few weeks;
 * README.md ("Image rollout") shows how to find the newest and roll it out through blue/green.
 */
export const amazonLinuxRelease = "2023.12.20260918.0";

/** Graviton families (m7g, t4g, c8gd, a1) run arm64 images; everything else x86_64. */
export function architectureOf(instanceType: string): Architecture {
  const family = instanceType.split(".")[0] ?? "";
  return /^[a-z]+\d+[a-z]*g[a-z]*$/.test(family) || family === "a1" ? "arm64" : "x86_64";
}

/** The AMI name of an Amazon Linux 2023 release (kernel 6.1) for an architecture. */
export function amazonLinuxImage(architecture: Architecture, release = amazonLinuxRelease): string {
  return `al2023-ami-${release}-kernel-6.1-${architecture}`;
}

/** The architecture an AMI name declares in its last part (Amazon's names do), or undefined. */
export function imageArchitecture(name: string): Architecture | undefined {
  if (/[-_](x86_64|amd64)$/.test(name)) return "x86_64";
  if (/[-_](arm64|aarch64)$/.test(name)) return "arm64";
  return undefined;
}

/**
 * Why a configured image name cannot be pinned, or undefined when it can: a pattern would pick
 * whatever image matches last, which is the "latest" lookup pinning exists to avoid.
 */
export function imageNameProblem(name: string, instanceType: string): string | undefined {
  if (!/^[A-Za-z0-9()[\]./_-]{3,128}$/.test(name)) return "an AMI name of 3-128 letters, digits and ( ) [ ] . / - _, without wildcards";
  if (/latest/i.test(name)) return "a pinned AMI name, not a \"latest\" alias";
  const declared = imageArchitecture(name);
  const needed = architectureOf(instanceType);
  if (declared && declared !== needed) return `an ${needed} image: ${instanceType} runs ${needed}, ${name} is ${declared}`;
  return undefined;
}

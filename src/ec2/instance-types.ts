/**
 * EC2 instance families and sizes, to tell an instance type from a typo. Whether a type is offered in
 * a region, and its price, are other questions (the price table is templates/scripts/prices.ts; a type
 * it lacks is named in the estimate, never refused). A family AWS adds later goes into this list.
 */
export const instanceFamilies: readonly string[] = [
  // General purpose
  "a1", "m1", "m2", "m3", "m4", "m5", "m5a", "m5ad", "m5d", "m5dn", "m5n", "m5zn", "m6a", "m6g", "m6gd", "m6i", "m6id",
  "m6idn", "m6in", "m7a", "m7g", "m7gd", "m7i", "m7i-flex", "m8a", "m8g", "m8gd", "m8i", "m8i-flex", "mac1", "mac2",
  "mac2-m1ultra", "mac2-m2", "mac2-m2pro", "t1", "t2", "t3", "t3a", "t4g",
  // Compute optimized
  "c1", "c3", "c4", "c5", "c5a", "c5ad", "c5d", "c5n", "c6a", "c6g", "c6gd", "c6gn", "c6i", "c6id", "c6in", "c7a", "c7g",
  "c7gd", "c7gn", "c7i", "c7i-flex", "c8a", "c8g", "c8gd", "c8gn", "c8i", "c8i-flex",
  // Memory optimized
  "r3", "r4", "r5", "r5a", "r5ad", "r5b", "r5d", "r5dn", "r5n", "r6a", "r6g", "r6gd", "r6i", "r6id", "r6idn", "r6in", "r7a",
  "r7g", "r7gd", "r7i", "r7iz", "r8a", "r8g", "r8gd", "r8i", "r8i-flex", "u-3tb1", "u-6tb1", "u-9tb1", "u-12tb1", "u-18tb1",
  "u-24tb1", "u7i-6tb", "u7i-8tb", "u7i-12tb", "u7in-16tb", "u7in-24tb", "u7in-32tb", "x1", "x1e", "x2gd", "x2idn",
  "x2iedn", "x2iezn", "x8g", "z1d",
  // Storage optimized
  "d2", "d3", "d3en", "h1", "i2", "i3", "i3en", "i4g", "i4i", "i7i", "i7ie", "i8g", "i8ge", "im4gn", "is4gen",
  // Accelerated computing and HPC
  "dl1", "dl2q", "f1", "f2", "g3", "g3s", "g4ad", "g4dn", "g5", "g5g", "g6", "g6e", "gr6", "hpc6a", "hpc6id", "hpc7a",
  "hpc7g", "inf1", "inf2", "p2", "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "trn1", "trn1n", "trn2", "vt1", "p6-b200",
  // Mac
  "mac-m4", "mac-m4pro",
];

/** nano ... xlarge, <n>xlarge, metal and metal-<n>xl. */
const sizePattern = /^(nano|micro|small|medium|large|xlarge|[1-9]\d{0,2}xlarge|metal|metal-[1-9]\d{0,2}xl)$/;

export const instanceTypeRule =
  "<family>.<size>: a family EC2 offers (t3, m7g, c6in, r8g, ...) and a size nano, micro, small, medium, large, xlarge, <n>xlarge, metal or metal-<n>xl";

const families = new Set(instanceFamilies);

/** Why `type` is not an EC2 instance type, or undefined when it is one. */
export function instanceTypeProblem(type: string): string | undefined {
  const dot = type.indexOf(".");
  if (dot < 0) return "is not an EC2 instance type (<family>.<size>)";
  const family = type.slice(0, dot);
  const size = type.slice(dot + 1);
  if (!families.has(family)) return `is not an EC2 instance type: no family "${family}" (known: ${instanceFamilies.join(", ")})`;
  if (!sizePattern.test(size)) return `is not an EC2 instance type: no size "${size}"`;
  return undefined;
}

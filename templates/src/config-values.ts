/** Reports a bad config value: the key, the value and what is allowed. */
export type Fail = (key: string, value: unknown, allowed: string) => never;

/**
 * Typed reads of one structured config key (e.g. `aurora`), each value validated. `pulumi config set`
 * stores numbers and booleans as text, so both forms are accepted. Keys nobody reads are reported,
 * so that a typo never silently leaves a default in place.
 */
export function configSection(section: string, value: unknown, fail: Fail) {
  if (value === undefined) value = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(section, value, "an object");
  const values = value as Record<string, unknown>;
  const read = new Set<string>();
  const get = (name: string): unknown => {
    read.add(name);
    return values[name];
  };
  const key = (name: string) => `${section}.${name}`;
  return {
    number(name: string, fallback: number, min: number, max: number, step = 1): number {
      const raw = get(name) ?? fallback;
      const number = typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      const valid = typeof number === "number" && number >= min && number <= max && Number.isInteger(number / step);
      const steps = step === 1 ? "a whole number" : `a multiple of ${step}`;
      return valid ? number : fail(key(name), raw, `${steps} from ${min} to ${max}`);
    },
    flag(name: string, fallback: boolean): boolean {
      const raw = get(name) ?? fallback;
      if (raw === "true" || raw === "false") return raw === "true";
      return typeof raw === "boolean" ? raw : fail(key(name), raw, "true or false");
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const raw = get(name) ?? fallback;
      return allowed.includes(raw as T) ? (raw as T) : fail(key(name), raw, allowed.join(", "));
    },
    text(name: string, fallback: string | undefined, pattern: RegExp, allowed: string): string | undefined {
      const raw = get(name) ?? fallback;
      if (raw === undefined) return undefined;
      return typeof raw === "string" && pattern.test(raw) ? raw : fail(key(name), raw, allowed);
    },
    /** A list of texts, each one checked by `valid` (a bad one is reported with its index). Default: empty. */
    texts(name: string, valid: (item: string) => boolean, allowed: string): string[] {
      const raw = get(name) ?? [];
      if (!Array.isArray(raw)) return fail(key(name), raw, `a list of ${allowed}`);
      raw.forEach((item, i) => {
        if (typeof item !== "string" || !valid(item)) fail(`${key(name)}[${i}]`, item, allowed);
      });
      return raw as string[];
    },
    /** Call after the last read: any other key is a typo or a setting this project does not have. */
    done(): void {
      const unknown = Object.keys(values).filter((name) => !read.has(name));
      if (unknown.length > 0) fail(key(unknown[0]!), values[unknown[0]!], `one of the keys ${[...read].join(", ")}`);
    },
  };
}

/**
 * How every target group checks its instances (src/app.ts): seconds between checks, and consecutive
 * results that make a target healthy or unhealthy. A traffic module that follows the load balancers'
 * own health (Global Accelerator does) words its failover figures from it.
 */
export const targetHealthCheck = { interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 } as const;

import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under a templates/ folder, as paths relative to templates/. */
export function filesUnder(folder: string): string[] {
  const root = join("templates", folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative("templates", join(entry.parentPath, entry.name)));
}

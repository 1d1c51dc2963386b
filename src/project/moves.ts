/**
 * Generated files that a newer template version writes under another path: old path -> new path, both
 * relative to the project root. A regeneration carries the team's edits of the old file into the new
 * one (a 3-way merge against the old file's base) and removes the old file, so moving a template
 * never loses an edit. One entry per moved file; entries stay as long as projects of older versions
 * may be regenerated.
 */
export const movedFiles: Readonly<Record<string, string>> = {
  "src/storage/replication.ts": "src/objects/replicated/replication.ts",
};

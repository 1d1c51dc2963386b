import { describe, expect, it } from "vitest";
import { conflictLabels, hasConflictMarkers } from "../../src/regen/markers.js";
import { mergeText } from "../../src/regen/merge.js";

const labels = conflictLabels("src/app.ts", "2.0.0");
const lines = (...items: string[]) => `${items.join("\n")}\n`;

describe("mergeText", () => {
  it("takes the user's change and the template's change when they touch different lines", () => {
    const base = lines("a", "b", "c", "d", "e");
    const yours = lines("a", "b // mine", "c", "d", "e");
    const theirs = lines("a", "b", "c", "d", "e2");
    expect(mergeText(yours, base, theirs, labels)).toEqual({ text: lines("a", "b // mine", "c", "d", "e2"), conflicts: 0, theirsAtConflicts: lines("a", "b // mine", "c", "d", "e2") });
  });

  it("marks a real conflict with both versions whole and says which side is whose", () => {
    const base = lines("x", "keep", "y");
    const yours = lines("x", "mine 1", "mine 2", "y");
    const theirs = lines("x", "template", "y");
    const merged = mergeText(yours, base, theirs, labels);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toBe(
      lines("x", "<<<<<<< yours (src/app.ts)", "mine 1", "mine 2", "=======", "template", ">>>>>>> generator-multiregion 2.0.0", "y"),
    );
    expect(hasConflictMarkers(merged.text)).toBe(true);
    expect(merged.theirsAtConflicts).toBe(lines("x", "template", "y"));
  });

  it("the new-file version takes the template's side of each conflict and both sides' clean changes", () => {
    const base = lines("a", "b", "c", "d", "e");
    const merged = mergeText(lines("a mine", "b", "c mine", "d", "e"), base, lines("a", "b", "c theirs", "d", "e theirs"), labels);
    expect(merged.conflicts).toBe(1);
    expect(merged.theirsAtConflicts).toBe(lines("a mine", "b", "c theirs", "d", "e theirs"));
  });

  it("does not call the same change on both sides a conflict", () => {
    const base = lines("a", "b");
    const both = lines("a", "b2");
    expect(mergeText(both, base, both, labels)).toEqual({ text: both, conflicts: 0, theirsAtConflicts: both });
  });

  it("narrows a conflict to the lines that differ, as git does", () => {
    const base = lines("start", "end");
    const yours = lines("start", "shared 1", "mine", "shared 2", "end");
    const theirs = lines("start", "shared 1", "theirs", "shared 2", "end");
    const merged = mergeText(yours, base, theirs, labels);
    expect(merged.text).toBe(
      lines("start", "shared 1", "<<<<<<< yours (src/app.ts)", "mine", "=======", "theirs", ">>>>>>> generator-multiregion 2.0.0", "shared 2", "end"),
    );
  });

  it("keeps one conflict when only punctuation separates the differences", () => {
    const base = lines("fn() {", "}");
    const yours = lines("fn() {", "  mine();", "}", "  more();", "}");
    const theirs = lines("fn() {", "  theirs();", "}", "  other();", "}");
    const merged = mergeText(yours, base, theirs, labels);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain(lines("<<<<<<< yours (src/app.ts)", "  mine();", "}", "  more();", "=======", "  theirs();", "}", "  other();"));
  });

  it("keeps a CRLF file CRLF, markers included, when the template is LF", () => {
    const base = lines("a", "b", "c");
    const yours = "a\r\nb mine\r\nc\r\n";
    const theirs = lines("a", "b theirs", "c");
    const merged = mergeText(yours, base, theirs, labels);
    expect(merged.text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(merged.text.split("\r\n")).toContain("<<<<<<< yours (src/app.ts)");
    const clean = mergeText("a\r\nb\r\nc mine\r\n", base, lines("a theirs", "b", "c"), labels);
    expect(clean).toMatchObject({ text: "a theirs\r\nb\r\nc mine\r\n", conflicts: 0 });
  });

  it("keeps a missing final newline the user removed, and one the template removed", () => {
    const base = lines("a", "b", "c");
    expect(mergeText("a\nb\nc mine", base, lines("a2", "b", "c"), labels).text).toBe("a2\nb\nc mine");
    expect(mergeText(lines("a mine", "b", "c"), base, "a\nb\nc", labels).text).toBe("a mine\nb\nc");
  });

  it("merges against an empty base (a file that was never generated) without dropping either side", () => {
    const merged = mergeText(lines("common", "mine"), "", lines("common", "theirs"), labels);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toBe(lines("common", "<<<<<<< yours (src/app.ts)", "mine", "=======", "theirs", ">>>>>>> generator-multiregion 2.0.0"));
  });

  it("handles lines that look like Object.prototype members", () => {
    const base = lines("constructor", "__proto__", "toString");
    expect(mergeText(lines("constructor", "__proto__", "toString", "x"), base, lines("y", "constructor", "__proto__", "toString"), labels)).toMatchObject({
      text: lines("y", "constructor", "__proto__", "toString", "x"),
      conflicts: 0,
    });
  });
});

import { describe, expect, it } from "vitest";
import { formatText, mergeShape, parseText } from "../../src/regen/text.js";

describe("text shape", () => {
  it.each([
    ["", "empty"],
    ["one line", "no final newline"],
    ["a\nb\n", "LF"],
    ["a\r\nb\r\n", "CRLF"],
    ["a\r\nb", "CRLF without final newline"],
    ["\uFEFFa\nb\n", "with BOM"],
    ["a\n\n\n", "trailing blank lines"],
    ["\n", "a lone newline"],
  ])("round-trips %j (%s) byte for byte", (text) => {
    expect(formatText(parseText(text))).toBe(text);
  });

  it("reads the line ending, the final newline and the BOM", () => {
    expect(parseText("\uFEFFa\r\nb")).toEqual({ lines: ["a", "b"], eol: "\r\n", finalNewline: false, bom: true });
    expect(parseText("a\nb\n")).toEqual({ lines: ["a", "b"], eol: "\n", finalNewline: true, bom: false });
    expect(parseText("a").eol).toBeUndefined();
  });

  it("keeps the user's change of a detail and otherwise takes the template's", () => {
    const lf = parseText("a\nb\n");
    const crlfNoNewline = parseText("a\r\nb");
    expect(mergeShape(crlfNoNewline, lf, lf)).toMatchObject({ eol: "\r\n", finalNewline: false });
    expect(mergeShape(lf, lf, crlfNoNewline)).toMatchObject({ eol: "\r\n", finalNewline: false });
    // A one-line file says nothing about line endings: the other sides decide.
    expect(mergeShape(parseText("x"), lf, crlfNoNewline).eol).toBe("\r\n");
  });
});

/**
 * A text file as lines plus the details a line merge must not lose: the line ending, whether the
 * last line ends with one, and a leading byte-order mark. Merges work on the lines; the details are
 * decided separately (see `mergeShape`) so a CRLF file stays CRLF and a missing final newline stays missing.
 */
export type LineEnding = "\n" | "\r\n";

export interface TextShape {
  lines: string[];
  /** undefined when the text has no line break at all, so nothing says which one it uses. */
  eol: LineEnding | undefined;
  finalNewline: boolean;
  bom: boolean;
}

const byteOrderMark = "\uFEFF";

export function parseText(text: string): TextShape {
  const bom = text.startsWith(byteOrderMark);
  const body = bom ? text.slice(1) : text;
  const crlf = body.match(/\r\n/g)?.length ?? 0;
  const lf = (body.match(/\n/g)?.length ?? 0) - crlf;
  const eol: LineEnding | undefined = crlf + lf === 0 ? undefined : crlf > lf ? "\r\n" : "\n";
  const finalNewline = body.endsWith("\n");
  const lines = body === "" ? [] : body.split(/\r?\n/);
  if (finalNewline) lines.pop();
  return { lines, eol, finalNewline, bom };
}

export function formatText(shape: TextShape): string {
  const eol = shape.eol ?? "\n";
  const body = shape.lines.join(eol) + (shape.finalNewline && shape.lines.length > 0 ? eol : "");
  return (shape.bom ? byteOrderMark : "") + body;
}

/** A detail both sides may have changed: the user's change wins, otherwise the template's value. */
function pick<T>(yours: T, base: T, theirs: T): T {
  return yours !== base ? yours : theirs;
}

/** A side with no line break has no say in which one the merge uses. */
function mergeLineEnding(yours?: LineEnding, base?: LineEnding, theirs?: LineEnding): LineEnding | undefined {
  if (yours === undefined) return theirs ?? base;
  if (base === undefined || theirs === undefined) return yours;
  return pick(yours, base, theirs);
}

/** Line ending, final newline and BOM of a merge of `yours` and `theirs` since `base`. */
export function mergeShape(yours: TextShape, base: TextShape, theirs: TextShape): Omit<TextShape, "lines"> {
  return {
    eol: mergeLineEnding(yours.eol, base.eol, theirs.eol),
    finalNewline: pick(yours.finalNewline, base.finalNewline, theirs.finalNewline),
    bom: pick(yours.bom, base.bom, theirs.bom),
  };
}

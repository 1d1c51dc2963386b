/**
 * @typedef {{ ms: number, rssKB: number, all: number[] }} Summary
 * @typedef {{ figure: string, reference?: string, result?: { measured: Summary, reference: Summary, runs: number }, target?: { ratio?: number, ms?: number }, unavailable?: string }} Row
 */

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;
const megabytes = (/** @type {number} */ kb) => `${Math.round(kb / 1024)} MB`;

/** The target, and whether the medians meet it. */
function verdict(/** @type {Row} */ row) {
  const { target, result } = row;
  if (!target || !result) return { text: "-", met: "-" };
  if (target.ratio !== undefined) {
    const ratio = result.measured.ms / result.reference.ms;
    return { text: `<= ${target.ratio}x`, met: ratio <= target.ratio ? "met" : "NOT met" };
  }
  return { text: `< ${seconds(target.ms ?? 0)}`, met: result.measured.ms < (target.ms ?? 0) ? "met" : "NOT met" };
}

/** A Markdown table (it goes into the README as printed), then every run's time for the curious. */
export function formatReport(/** @type {{ rows: Row[], machine: string, version: string, date: string, peakMemorySource: string }} */ report) {
  const lines = [
    `create-multiregion ${report.version}, ${report.date}, ${report.machine}`,
    `Medians after one warm-up, measured and reference runs alternating; peak memory: ${report.peakMemorySource}.`,
    "",
    "| Figure | Median | Reference | Reference median | Ratio | Peak memory (ref.) | Target | Met |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of report.rows) {
    if (!row.result) {
      lines.push(`| ${row.figure} | ${row.unavailable} | | | | | | |`);
      continue;
    }
    const { measured, reference } = row.result;
    const { text, met } = verdict(row);
    lines.push(
      `| ${row.figure} | ${seconds(measured.ms)} | ${row.reference} | ${seconds(reference.ms)} | ${(measured.ms / reference.ms).toFixed(2)}x | ${megabytes(measured.rssKB)} (${megabytes(reference.rssKB)}) | ${text} | ${met} |`,
    );
  }
  lines.push("", "Every run (ms), measured / reference:");
  for (const row of report.rows.filter((entry) => entry.result)) {
    lines.push(`- ${row.figure}: ${row.result?.measured.all.join(" ")} / ${row.result?.reference.all.join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}

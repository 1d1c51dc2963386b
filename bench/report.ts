import type { Comparison } from "./measure.ts";

export interface Row {
  figure: string;
  reference?: string;
  result?: Comparison;
  /** At most this ratio to the reference, or under this many milliseconds. */
  target?: { ratio?: number; ms?: number };
  /** Why there is no figure. */
  unavailable?: string;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;
const megabytes = (kb: number): string => `${Math.round(kb / 1024)} MB`;

/** The target, and whether the medians meet it. */
function verdict({ target, result }: Row): { text: string; met: string } {
  if (!target || !result) return { text: "-", met: "-" };
  if (target.ratio !== undefined) {
    return { text: `<= ${target.ratio}x`, met: result.measured.ms / result.reference.ms <= target.ratio ? "met" : "NOT met" };
  }
  const ms = target.ms ?? 0;
  return { text: `< ${seconds(ms)}`, met: result.measured.ms < ms ? "met" : "NOT met" };
}

/** A Markdown table (it goes into the README as printed), then every run's time. */
export function formatReport(report: { rows: Row[]; machine: string; version: string; date: string; resourceSource: string }): string {
  const lines = [
    `create-multiregion ${report.version}, ${report.date}, ${report.machine}`,
    `Medians after one warm-up, measured and reference runs alternating. CPU time and peak memory: ${report.resourceSource}.`,
    "",
    "| Figure | Median | Reference | Reference median | Ratio | CPU time (ref.) | Peak memory (ref.) | Target | Met |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of report.rows) {
    if (!row.result) {
      lines.push(`| ${row.figure} | ${row.unavailable ?? "no figure"} | | | | | | | |`);
      continue;
    }
    const { measured, reference } = row.result;
    const { text, met } = verdict(row);
    const ratio = `${(measured.ms / reference.ms).toFixed(2)}x`;
    lines.push(
      `| ${row.figure} | ${seconds(measured.ms)} | ${row.reference} | ${seconds(reference.ms)} | ${ratio} | ${seconds(measured.cpuMs)} (${seconds(reference.cpuMs)}) | ${megabytes(measured.rssKB)} (${megabytes(reference.rssKB)}) | ${text} | ${met} |`,
    );
  }
  lines.push("", "Every run (ms), measured / reference:");
  for (const row of report.rows) {
    if (row.result) lines.push(`- ${row.figure}: ${row.result.measured.all.join(" ")} / ${row.result.reference.all.join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}

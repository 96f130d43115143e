import type { SmokeReport } from "./smoke/smoke-suite.js";

/** One row of the matrix: a runtime, its version, and what the smoke suite reported (or why it did not run). */
export interface MatrixRow {
  readonly runtime: string;
  readonly version: string;
  readonly outcome:
    | { readonly report: SmokeReport }
    | { readonly failure: string }
    | { readonly skipped: string };
}

/** Tells whether a row passed: every check of its report is ok. */
export function isPassingRow(row: MatrixRow): boolean {
  return "report" in row.outcome && row.outcome.report.checks.every((check) => check.ok);
}

/** Formats the matrix as a plain-text table: runtime × result, with the failed checks under their row. */
export function formatMatrixTable(rows: readonly MatrixRow[]): string {
  const lines = rows.map((row) => [row.runtime, row.version, resultOf(row)]);
  const header = ["runtime", "version", "result"];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  const out = [format(header), widths.map((w) => "-".repeat(w)).join("-|-")];
  rows.forEach((row, i) => {
    out.push(format(lines[i] ?? []));
    for (const detail of detailsOf(row)) out.push(`    ${detail}`);
  });
  return out.join("\n");
}

function resultOf(row: MatrixRow): string {
  if ("skipped" in row.outcome) return "SKIPPED (not installed)";
  if ("failure" in row.outcome) return "FAIL";
  const { checks } = row.outcome.report;
  const passed = checks.filter((check) => check.ok).length;
  return passed === checks.length
    ? `pass (${passed}/${checks.length})`
    : `FAIL (${passed}/${checks.length})`;
}

function detailsOf(row: MatrixRow): string[] {
  if ("skipped" in row.outcome) return [row.outcome.skipped];
  if ("failure" in row.outcome) return [row.outcome.failure.split("\n").slice(0, 6).join(" / ")];
  return row.outcome.report.checks
    .filter((check) => !check.ok)
    .map((check) => `${check.name}: ${check.detail}`);
}

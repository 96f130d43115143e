import type { DescriptionDiff } from "./diff-descriptions.js";

/** Counts the changes that break the SDK's users, a removed operation counting as one. */
export function countBreaking(diff: DescriptionDiff): number {
  const inChanged = diff.changed.flatMap((entry) => entry.changes).filter((c) => c.breaking);
  return diff.removed.length + inChanged.length;
}

function section(title: string, lines: readonly string[]): string[] {
  return [`${title} (${lines.length})`, ...(lines.length === 0 ? ["  none"] : lines), ""];
}

/**
 * Writes the spec:diff report: removed, added and changed operations, breaking changes marked
 * `!` and others `~`, and a summary line with the counts.
 */
export function formatReport(diff: DescriptionDiff, oldLabel: string, newLabel: string): string {
  const changedLines = diff.changed.flatMap((entry) => [
    `  ${entry.after}${entry.before === entry.after ? "" : ` (was ${entry.before})`}`,
    ...entry.changes.map((c) => `    ${c.breaking ? "!" : "~"} ${c.message}`),
  ]);
  const breaking = countBreaking(diff);
  return [
    `old: ${oldLabel} (${diff.oldCount} operations)`,
    `new: ${newLabel} (${diff.newCount} operations)`,
    "",
    ...section(
      "Removed operations, breaking",
      diff.removed.map((line) => `  ! ${line}`),
    ),
    ...section(
      "Added operations",
      diff.added.map((line) => `  + ${line}`),
    ),
    ...section("Changed operations", changedLines).map((line, i) =>
      i === 0 ? `Changed operations (${diff.changed.length})` : line,
    ),
    `Summary: ${diff.removed.length} removed, ${diff.added.length} added, ` +
      `${diff.changed.length} changed operations; ${breaking} breaking changes ` +
      "(! breaks SDK users, ~ does not)",
    "",
  ].join("\n");
}

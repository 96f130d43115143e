import type { DescriptionDiff } from "./diff-descriptions.js";
import type { LostFacade } from "./lost-facades.js";

/** Counts the changes that break the SDK's users, a removed operation counting as one. */
export function countBreaking(diff: DescriptionDiff): number {
  const changes = [...diff.changed, ...diff.schemas].flatMap((entry) => entry.changes);
  return diff.removed.length + changes.filter((c) => c.breaking).length;
}

function section(title: string, lines: readonly string[]): string[] {
  return [`${title} (${lines.length})`, ...(lines.length === 0 ? ["  none"] : lines), ""];
}

/**
 * Writes the spec:diff report: removed, added and changed operations, then each changed shared
 * schema once with the operations it reaches; breaking changes marked `!` and others `~`, and a
 * summary line with the counts. Given the facades the removed operations take off the client, it
 * lists them after the removed operations.
 */
export function formatReport(
  diff: DescriptionDiff,
  oldLabel: string,
  newLabel: string,
  lost?: readonly LostFacade[],
): string {
  const changedLines = diff.changed.flatMap((entry) => [
    `  ${entry.after}${entry.before === entry.after ? "" : ` (was ${entry.before})`}`,
    ...entry.changes.map((c) => `    ${c.breaking ? "!" : "~"} ${c.message}`),
  ]);
  const schemaLines = diff.schemas.flatMap((entry) => [
    `  ${entry.name}, ${entry.side === "request" ? "sent" : "answered"} by ` +
      `${entry.operations.length} operation${entry.operations.length === 1 ? "" : "s"}:`,
    ...entry.operations.map((operation) => `      ${operation}`),
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
    ...(lost === undefined
      ? []
      : section(
          "Facades left out of the client, breaking each call of them",
          lost.map(({ facade, methods }) => `  ! client.${facade}: ${methods.join(", ")}`),
        )),
    ...section(
      "Added operations",
      diff.added.map((line) => `  + ${line}`),
    ),
    ...section("Changed operations", changedLines).map((line, i) =>
      i === 0 ? `Changed operations (${diff.changed.length})` : line,
    ),
    ...section("Changed shared schemas", schemaLines).map((line, i) =>
      i === 0 ? `Changed shared schemas (${diff.schemas.length})` : line,
    ),
    `Summary: ${diff.removed.length} removed, ${diff.added.length} added, ` +
      `${diff.changed.length} changed operations, ${diff.schemas.length} changed shared ` +
      `schemas; ${breaking} breaking changes ` +
      "(! breaks SDK users, ~ does not)",
    "",
  ].join("\n");
}

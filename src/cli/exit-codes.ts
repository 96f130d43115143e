/**
 * Exit codes of `akeneo-pim`, stable so that scripts can branch on them.
 * 0 done; 1 unexpected failure; 2 bad usage or configuration; 3 PIM unreachable or too slow;
 * 4 authentication refused; 5 the PIM refused a request or answered something unreadable;
 * 6 an import finished but some items failed; 7 `typegen --check` found the file out of date.
 */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  unreachable: 3,
  authentication: 4,
  refused: 5,
  itemsFailed: 6,
  outOfDate: 7,
} as const;

/** One of the exit codes of `akeneo-pim`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

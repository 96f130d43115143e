const DELTA_SECONDS = /^\d+(?:\.\d+)?$/;
// An IMF-fixdate carries a weekday and "GMT"; requiring a letter avoids Date.parse accepting "12".
const HTTP_DATE_HINT = /[A-Za-z]/;

/**
 * Parses a `Retry-After` header value into a wait in milliseconds.
 *
 * Accepts delta-seconds (`"2"`) and an HTTP date (`"Wed, 21 Oct 2026 07:28:00 GMT"`, measured from
 * `nowMs`). Returns `undefined` when the header is absent, unreadable, or a date that is not in
 * the future, so the caller falls back to its own backoff: a past date (a skewed clock, a
 * cached answer) would otherwise mean retrying at once, again and again.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (DELTA_SECONDS.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!HTTP_DATE_HINT.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return at > nowMs ? at - nowMs : undefined;
}

/**
 * Adds the client's default headers (`User-Agent`, extra headers) that the request lacks.
 *
 * Headers set on the call win. Option resolution already refused extra headers that would
 * replace `Authorization` or `Content-Type`.
 */
export function applyDefaultHeaders(
  request: Request,
  defaults: Readonly<Record<string, string>>,
): void {
  for (const name in defaults) {
    if (!request.headers.has(name)) request.headers.set(name, defaults[name] as string);
  }
}

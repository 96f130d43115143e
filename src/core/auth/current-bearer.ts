// Renewals replace the token about once an hour: a call that waits in the gate across more
// renewals than this keeps its old token, meets a 401 and is replayed, which is only slower.
const REMEMBERED_BEARERS = 6;

const BEARER_PREFIX = "Bearer ";

/**
 * The access token the client sends now, kept apart from the token cycler so that the transport
 * (which the cycler sends its token requests through) can read it on every attempt.
 */
export interface CurrentBearer {
  /** The access token of the current pair, if any. */
  get(): string | undefined;
  /** Records the access token of a new current pair. */
  set(accessToken: string): void;
  /** Tells whether a token is the current one or one of the last few it replaced. */
  isOwn(accessToken: string): boolean;
}

/** Creates an empty holder of the current access token. */
export function createCurrentBearer(): CurrentBearer {
  const held: string[] = [];
  return {
    get: () => held.at(-1),
    set: (accessToken) => {
      const known = held.indexOf(accessToken);
      if (known !== -1) held.splice(known, 1);
      held.push(accessToken);
      if (held.length > REMEMBERED_BEARERS) held.shift();
    },
    isOwn: (accessToken) => held.includes(accessToken),
  };
}

/** Returns the token of a `Bearer` header, or `undefined` for any other header or none. */
export function readBearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  return header?.startsWith(BEARER_PREFIX) ? header.slice(BEARER_PREFIX.length) : undefined;
}

/** Puts `Authorization: Bearer <token>` on a request's headers. */
export function setBearerToken(headers: Headers, token: string): void {
  headers.set("Authorization", `${BEARER_PREFIX}${token}`);
}

/**
 * Puts the current token on an attempt that carries one of the client's own, older tokens: a call
 * that waited in the concurrency gate while the token was renewed would otherwise meet a 401 for
 * a token already replaced and cost one more round trip. The auth layer knows every token it has
 * put on a request, so any other header (a caller's own bearer, Basic credentials) stays.
 */
export function refreshBearerOnAttempt(request: Request, bearer: CurrentBearer): void {
  const current = bearer.get();
  const sent = readBearerToken(request);
  if (current === undefined || sent === undefined || sent === current) return;
  if (bearer.isOwn(sent)) setBearerToken(request.headers, current);
}

import { carriesClientBearer } from "../transport/index.js";

/**
 * The access token the client sends now, kept apart from the token cycler so that the transport
 * (which the cycler sends its token requests through) can read it on every attempt.
 */
export interface CurrentBearer {
  /** The access token of the current pair, if any. */
  get(): string | undefined;
  /** Records the access token of a new current pair. */
  set(accessToken: string): void;
}

/** Creates an empty holder of the current access token. */
export function createCurrentBearer(): CurrentBearer {
  let current: string | undefined;
  return {
    get: () => current,
    set: (accessToken) => {
      current = accessToken;
    },
  };
}

/**
 * Puts the current token on an attempt that carries the client's own, older bearer: a call that
 * waited in the concurrency gate while the token was renewed would otherwise meet a 401 for a
 * token already replaced and cost one more round trip. A caller's own header stays.
 */
export function refreshBearerOnAttempt(request: Request, bearer: CurrentBearer): void {
  const current = bearer.get();
  const header = request.headers.get("authorization");
  if (current === undefined || header === null || !carriesClientBearer(request)) return;
  if (header !== `Bearer ${current}`) request.headers.set("Authorization", `Bearer ${current}`);
}

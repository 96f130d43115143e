import { REDACTED } from "./secret-names.js";

// Shorter values would blank out ordinary words of a server message; a secret this short gives
// no protection anyway.
const MIN_SECRET_LENGTH = 4;
// Tokens rotate on every renewal: the current pair and a few previous ones may still be quoted.
const REMEMBERED_TOKENS = 6;

/** The secrets one client knows, removed by value from anything headed for an error or a log. */
export interface KnownSecrets {
  /** Adds a token (access or refresh) to the rotating list of remembered ones. */
  rememberToken(token: string | undefined): void;
  /** Replaces every known secret found in the text, in its raw, JSON-escaped or URL-encoded form. */
  redact(text: string): string;
}

// The forms in which a server may quote a value: as is, inside a JSON string, in a query.
function spellingsOf(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
}

/**
 * Creates the secret list of one client, seeded with its credentials (password, secret,
 * `clientId:secret` and its base64 form, the tokens given in the options).
 *
 * Pattern-based redaction finds `Bearer …` and `"password": …`; this finds the same values when a
 * server echoes them in prose ("password s3cret is wrong").
 */
export function createKnownSecrets(credentials: readonly (string | undefined)[]): KnownSecrets {
  const fixed = new Set<string>();
  for (const credential of credentials) {
    if (credential !== undefined && credential.length >= MIN_SECRET_LENGTH) {
      for (const spelling of spellingsOf(credential)) fixed.add(spelling);
    }
  }
  const tokens: string[] = [];
  let ordered: string[] = [...fixed];
  const reorder = (): void => {
    const all = new Set([...fixed, ...tokens.flatMap(spellingsOf)]);
    // Longest first: `client:secret` goes before `secret`, so no half of it survives.
    ordered = [...all].sort((a, b) => b.length - a.length);
  };
  reorder();
  return {
    rememberToken(token) {
      if (token === undefined || token.length < MIN_SECRET_LENGTH || tokens.includes(token)) return;
      tokens.push(token);
      if (tokens.length > REMEMBERED_TOKENS) tokens.shift();
      reorder();
    },
    redact(text) {
      let result = text;
      for (const secret of ordered) {
        if (result.includes(secret)) result = result.split(secret).join(REDACTED);
      }
      return result;
    },
  };
}

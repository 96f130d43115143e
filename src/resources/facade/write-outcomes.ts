/** What `upsert` reports: whether the server created the resource or updated it. */
export type UpsertOutcome = "created" | "updated";

/** What `create` reports: the new resource's code and the `Location` the server gave. */
export interface CreatedResource {
  /** Code, identifier, uuid or id of the new resource (from `Location`, else from the item). */
  code: string | undefined;
  /** The `Location` header of the answer, as the server wrote it. */
  location: string | undefined;
}

/** Returns `created` for a 201 answer and `updated` for any other success (204). */
export function readUpsertOutcome(response: Response): UpsertOutcome {
  return response.status === 201 ? "created" : "updated";
}

/**
 * Returns the code the `Location` header names under the request's own collection (the request
 * was sent to `requestUrl`), else `fallback` (the code the caller sent).
 *
 * Only a `Location` on the request's origin, directly under the collection the item was posted
 * to, is trusted: a server pointing at another host or another collection does not get to
 * choose the code reported. Segments are percent-decoded, and `/` inside a code is kept.
 */
export function readCreatedResource(
  response: Response,
  requestUrl: string,
  collectionPath: string,
  fallback: unknown,
): CreatedResource {
  const location = response.headers.get("location") ?? undefined;
  const fromLocation =
    location === undefined ? undefined : codeInLocation(location, requestUrl, collectionPath);
  const code = fromLocation ?? (typeof fallback === "string" ? fallback : undefined);
  return { code, location };
}

function codeInLocation(
  location: string,
  requestUrl: string,
  collectionPath: string,
): string | undefined {
  let request: URL;
  let target: URL;
  try {
    request = new URL(requestUrl);
    target = new URL(location, request);
  } catch {
    return undefined;
  }
  if (target.origin !== request.origin || !request.pathname.endsWith(collectionPath)) {
    return undefined;
  }
  const marker = `${request.pathname}/`;
  if (!target.pathname.startsWith(marker)) return undefined;
  const tail = target.pathname.slice(marker.length);
  if (tail === "") return undefined;
  try {
    return tail.split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined;
  }
}

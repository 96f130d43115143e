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
 * Returns the code the `Location` header names under `collectionPath`, else `fallback`.
 *
 * Only the path is read (servers behind a proxy write their internal host); segments are
 * percent-decoded, and `/` inside a code is kept.
 */
export function readCreatedResource(
  response: Response,
  collectionPath: string,
  fallback: unknown,
): CreatedResource {
  const location = response.headers.get("location") ?? undefined;
  const fromLocation =
    location === undefined ? undefined : codeInLocation(location, collectionPath);
  const code = fromLocation ?? (typeof fallback === "string" ? fallback : undefined);
  return { code, location };
}

function codeInLocation(location: string, collectionPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(location, "http://location.invalid").pathname;
  } catch {
    return undefined;
  }
  const marker = `${collectionPath}/`;
  const start = pathname.lastIndexOf(marker);
  if (start < 0) return undefined;
  const tail = pathname.slice(start + marker.length);
  if (tail === "") return undefined;
  try {
    return tail.split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined;
  }
}

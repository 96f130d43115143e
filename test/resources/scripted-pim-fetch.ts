/** One request seen by the scripted fetch. */
export interface SeenRequest {
  method: string;
  path: string;
  url: string;
  contentType: string | null;
  body: string;
}

const NDJSON = "application/vnd.akeneo.collection+json";

// Lists Akeneo answers in one piece, as a bare JSON array (no pagination envelope).
const UNPAGED_LIST =
  /^\/api\/rest\/v1\/((reference-entities|asset-families)\/[^/]+\/attributes(\/[^/]+\/options)?|ui-extensions|measurement-families)$/;

/**
 * A fetch that answers every Akeneo call with a plausible success and records what it saw:
 * tokens for the token endpoint, one line per item for bulk calls, 201 with `Location` and media
 * code headers for POSTs, an empty page (or an empty array for unpaged lists) for GETs.
 */
export function createScriptedPimFetch(): {
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  seen: SeenRequest[];
} {
  const seen: SeenRequest[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.text() : "";
    const contentType = request.headers.get("content-type");
    seen.push({ method: request.method, path: url.pathname, url: request.url, contentType, body });
    if (url.pathname.endsWith("/oauth/v1/token")) {
      return Response.json({ access_token: "t1", refresh_token: "r1", expires_in: 3600 });
    }
    if (request.method === "PATCH" && contentType === NDJSON) {
      const lines = body.split("\n").filter((line) => line !== "");
      const answer = lines.map((line, index) => {
        const item = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify({ line: index + 1, code: item.code, status_code: 201 });
      });
      return new Response(answer.join("\n"), { headers: { "content-type": NDJSON } });
    }
    if (request.method === "PATCH" && body.startsWith("[")) {
      const items = JSON.parse(body) as Record<string, unknown>[];
      return Response.json(items.map((item) => ({ code: item.code, status_code: 204 })));
    }
    if (request.method === "POST" && url.pathname.endsWith("/search")) {
      return Response.json({ _links: {}, _embedded: { items: [] } });
    }
    if (request.method === "POST") {
      return new Response(null, {
        status: 201,
        headers: {
          location: `${url.origin}${url.pathname}/new-code`,
          "asset-media-file-code": "a/b/new.png",
        },
      });
    }
    if (request.method === "GET" && UNPAGED_LIST.test(url.pathname)) return Response.json([]);
    if (request.method === "GET") {
      return Response.json({ _links: {}, _embedded: { items: [] } });
    }
    return new Response(null, { status: 204 });
  };
  return { fetch, seen };
}

import { AkeneoPimClientBuilder } from "../../src/client-builder.js";
import { InvalidOptionError } from "../../src/core/errors/index.js";

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    if (request.url.endsWith("/api/oauth/v1/token")) {
      return Response.json({ access_token: "fresh", refresh_token: "rotated", expires_in: 3600 });
    }
    return Response.json({ code: "master" });
  };
  return { fetch, requests };
}

describe("AkeneoPimClientBuilder", () => {
  it("builds all three kinds of client without sending anything", () => {
    const { fetch, requests } = recordingFetch();
    const builder = new AkeneoPimClientBuilder("http://127.0.0.1:9", { fetch });
    builder.buildAuthenticatedByPassword("id", "secret", "user", "password");
    builder.buildAuthenticatedByToken("id", "secret", "token", "refresh");
    builder.buildAuthenticatedByAppToken("app-token");
    expect(requests).toHaveLength(0);
  });

  it("starts a password client with no token and gets one by the password grant", async () => {
    const { fetch, requests } = recordingFetch();
    const client = new AkeneoPimClientBuilder("http://127.0.0.1:9", {
      fetch,
    }).buildAuthenticatedByPassword("id", "secret", "user", "password");
    expect(client.getToken()).toBeUndefined();
    await client.getCategoryApi().get("master");
    const grant = JSON.parse(await requests[0]!.text()) as Record<string, string>;
    expect(grant.grant_type).toBe("password");
    expect(client.getToken()).toBe("fresh");
    expect(client.getRefreshToken()).toBe("rotated");
  });

  it("starts a token client with the given pair and sends it as is", async () => {
    const { fetch, requests } = recordingFetch();
    const client = new AkeneoPimClientBuilder("http://127.0.0.1:9", {
      fetch,
    }).buildAuthenticatedByToken("id", "secret", "given-token", "given-refresh");
    expect(client.getToken()).toBe("given-token");
    expect(client.getRefreshToken()).toBe("given-refresh");
    await client.categories.get("master");
    expect(requests.map((request) => request.headers.get("authorization"))).toEqual([
      "Bearer given-token",
    ]);
  });

  it("starts an app client that never calls the token endpoint", async () => {
    const { fetch, requests } = recordingFetch();
    const client = new AkeneoPimClientBuilder("http://127.0.0.1:9", {
      fetch,
    }).buildAuthenticatedByAppToken("app-token");
    await client.categories.get("master");
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/rest/v1/categories/master",
    ]);
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer app-token");
    expect(client.getRefreshToken()).toBeUndefined();
  });

  it("hands token renewal options to the client", async () => {
    const { fetch } = recordingFetch();
    const changes: string[] = [];
    const client = new AkeneoPimClientBuilder("http://127.0.0.1:9", {
      fetch,
      onTokenChange: (pair) => {
        changes.push(pair.accessToken);
      },
    }).buildAuthenticatedByPassword("id", "secret", "user", "password");
    await client.authenticate();
    expect(changes).toEqual(["fresh"]);
  });

  it("refuses an invalid base URL when building", () => {
    const builder = new AkeneoPimClientBuilder("not a url");
    expect(() => builder.buildAuthenticatedByAppToken("t")).toThrow(InvalidOptionError);
  });
});

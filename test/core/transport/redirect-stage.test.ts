import { createSdkLogger } from "../../../src/core/logging/index.js";
import { type AttemptStage, createRedirectStage } from "../../../src/core/transport/index.js";
import { createRecordingLogger } from "../support/scripted-fetch.js";

function redirecting(location: string, status = 302) {
  const seen: string[] = [];
  const stage: AttemptStage = async (request) => {
    seen.push(`${request.method} ${request.url} ${request.headers.get("authorization")}`);
    if (seen.length === 1) return new Response(null, { status, headers: { location } });
    return new Response("final");
  };
  return { stage, seen };
}

describe("createRedirectStage", () => {
  it("follows a same-origin redirect of a GET, keeping headers", async () => {
    const { stage, seen } = redirecting("/api/rest/v1/other");
    const redirect = createRedirectStage(stage, createSdkLogger(undefined, "silent"));
    const request = new Request("https://pim.example.com/api/rest/v1/x", {
      headers: { authorization: "Bearer t" },
    });
    const response = await redirect(request, request.signal);
    expect(await response.text()).toBe("final");
    expect(seen).toEqual([
      "GET https://pim.example.com/api/rest/v1/x Bearer t",
      "GET https://pim.example.com/api/rest/v1/other Bearer t",
    ]);
  });

  it.each([
    ["https://evil.example/steal"],
    ["http://pim.example.com/api/rest/v1/x"],
    ["https://pim.example.com:8443/api/rest/v1/x"],
  ])("does not follow a redirect to another origin (%s) and warns", async (location) => {
    const { stage, seen } = redirecting(location, 307);
    const { entries, logger } = createRecordingLogger();
    const redirect = createRedirectStage(stage, createSdkLogger(logger, "warn"));
    const request = new Request("https://pim.example.com/api/rest/v1/x", {
      headers: { authorization: "Bearer t" },
    });
    const response = await redirect(request, request.signal);
    expect(response.status).toBe(307);
    expect(seen).toHaveLength(1);
    expect(entries.map((e) => e.level)).toEqual(["warn"]);
  });

  it("does not follow a redirect of a request with a body", async () => {
    const { stage, seen } = redirecting("/api/oauth/v1/token2", 307);
    const redirect = createRedirectStage(stage, createSdkLogger(undefined, "silent"));
    const request = new Request("https://pim.example.com/api/oauth/v1/token", {
      method: "POST",
      body: "{}",
    });
    expect((await redirect(request, request.signal)).status).toBe(307);
    expect(seen).toHaveLength(1);
  });

  it("stops after 5 hops", async () => {
    let calls = 0;
    const loop: AttemptStage = async () => {
      calls++;
      return new Response(null, { status: 302, headers: { location: "/again" } });
    };
    const redirect = createRedirectStage(loop, createSdkLogger(undefined, "silent"));
    const request = new Request("https://pim.example.com/x");
    expect((await redirect(request, request.signal)).status).toBe(302);
    expect(calls).toBe(6);
  });
});

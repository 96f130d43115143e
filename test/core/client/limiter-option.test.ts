import { AkeneoPimClientBuilder } from "../../../src/client-builder.js";
import { createCoreClient } from "../../../src/core/client/index.js";
import { InvalidOptionError } from "../../../src/core/errors/index.js";
import type { Limiter, LimiterRequest } from "../../../src/core/transport/index.js";
import { BASE_URL, getProduct, PASSWORD_AUTH } from "../support/core-client-fixture.js";
import { createScriptedFetch, json, tokenAnswer } from "../support/scripted-fetch.js";
import type { TestPaths } from "../support/test-paths.js";

function countingLimiter(): Limiter & { requests: LimiterRequest[]; held: number } {
  const limiter = {
    requests: [] as LimiterRequest[],
    held: 0,
    async acquire(request: LimiterRequest) {
      limiter.requests.push(request);
      limiter.held++;
      return () => {
        limiter.held--;
      };
    },
  };
  return limiter;
}

const answers = () =>
  createScriptedFetch((request) =>
    request.url.endsWith("/token") ? tokenAnswer("access", "refresh") : json(200, {}),
  );

describe("the limiter client option", () => {
  it("takes a slot from the given limiter for every attempt, token call included", async () => {
    const limiter = countingLimiter();
    const scripted = answers();
    const core = createCoreClient<TestPaths>({
      baseUrl: BASE_URL,
      auth: PASSWORD_AUTH,
      fetch: scripted.fetch,
      limiter,
      logLevel: "silent",
    });
    await getProduct(core);
    expect(limiter.requests.map((r) => [r.method, new URL(r.url).pathname, r.priority])).toEqual([
      ["POST", "/api/oauth/v1/token", true],
      ["GET", "/api/rest/v1/products/shoe", false],
    ]);
    expect(limiter.requests[1]?.timeoutMs).toBe(30_000);
    expect(limiter.held).toBe(0);
  });

  it("is passed on by the PHP-style builder", async () => {
    const limiter = countingLimiter();
    const scripted = answers();
    const client = new AkeneoPimClientBuilder(BASE_URL, {
      fetch: scripted.fetch,
      limiter,
      logLevel: "silent",
    }).buildAuthenticatedByAppToken("app-token");
    await client.categories.get("master");
    expect(limiter.requests).toHaveLength(1);
  });

  it.each([
    ["null", null, "null"],
    ["a function", () => undefined, "function"],
    ["an object without acquire", { release: () => undefined }, "object"],
    ["an acquire that is no function", { acquire: true }, "object"],
  ])("refuses %s, naming the field", (_, value, received) => {
    const create = () =>
      createCoreClient({ baseUrl: BASE_URL, auth: PASSWORD_AUTH, limiter: value as never });
    expect(create).toThrow(InvalidOptionError);
    expect(create).toThrow(
      `Invalid option "limiter": received ${received}, expected an object with an acquire(request) method`,
    );
  });

  it.each(["maxConcurrency", "requestsPerSecond"])("refuses %s beside a limiter", (field) => {
    const create = () =>
      createCoreClient({
        baseUrl: BASE_URL,
        auth: PASSWORD_AUTH,
        limiter: countingLimiter(),
        [field]: 4,
      });
    expect(create).toThrow(`Invalid option "${field}"`);
  });
});

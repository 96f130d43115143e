import { getEventListeners } from "node:events";
import type { Middleware } from "openapi-fetch";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  type FetchLike,
  isLightRequest,
  markReadsLightRequests,
} from "../../../src/core/transport/index.js";
import { createLightRequestClass } from "../../../src/node/light-request.js";
import { createTestClient, getProduct, PASSWORD_AUTH } from "../support/core-client-fixture.js";
import { json } from "../support/scripted-fetch.js";

const APP_AUTH = { type: "app", token: "app-token" } as const;

/** What a fetch was handed, without reading a body (a LightRequest holds it as given). */
interface Handed {
  real: boolean;
  light: boolean;
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
  requestSignal: AbortSignal;
  attemptSignal: AbortSignal | undefined;
}

type Answer = (handed: Handed, index: number) => Response;

function record(input: Request, init: RequestInit | undefined): Handed {
  const light = isLightRequest(input);
  return {
    real: input instanceof Request,
    light,
    method: input.method,
    url: input.url,
    authorization: input.headers.get("authorization"),
    body: light ? input.body : undefined,
    requestSignal: input.signal,
    attemptSignal: init?.signal ?? undefined,
  };
}

/** A fetch that records what it is handed; `marked` makes it one that reads LightRequests. */
function createRecordingFetch(
  answer: Answer,
  marked: boolean,
): { fetch: FetchLike; handed: Handed[] } {
  const handed: Handed[] = [];
  const fetch: FetchLike = async (input, init) => {
    handed.push(record(input, init));
    return answer(handed[handed.length - 1] as Handed, handed.length - 1);
  };
  return {
    fetch: marked ? markReadsLightRequests(fetch, createLightRequestClass()) : fetch,
    handed,
  };
}

const product = (): Response => json(200, { identifier: "shoe" });

describe("light requests (the core client on a fetch that reads them)", () => {
  it("hands the fetch a LightRequest, not a Request, with the bearer and the URL", async () => {
    const recording = createRecordingFetch(product, true);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    const { data } = await getProduct(core);
    expect(data).toEqual({ identifier: "shoe" });
    expect(recording.handed).toEqual([
      expect.objectContaining({
        real: false,
        light: true,
        method: "GET",
        url: "https://pim.example.com/api/rest/v1/products/shoe",
        authorization: "Bearer app-token",
      }),
    ]);
  });

  it("creates no signal for a call without one: every attempt gets the client's idle signal", async () => {
    const recording = createRecordingFetch(product, true);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    await getProduct(core);
    await getProduct(core);
    const [first, second] = recording.handed as [Handed, Handed];
    expect(first.requestSignal).toBe(second.requestSignal);
    expect(first.attemptSignal).toBe(first.requestSignal);
    const idle = first.requestSignal as AbortSignal;
    expect(idle.aborted).toBe(false);
    // It lives as long as the client: nothing the calls added to it stays.
    expect(getEventListeners(idle, "abort")).toHaveLength(0);
  });

  it("keeps the caller's signal: aborting it aborts the call", async () => {
    const recording = createRecordingFetch(product, true);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    const controller = new AbortController();
    await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      signal: controller.signal,
    });
    expect(recording.handed[0]?.requestSignal).toBe(controller.signal);
    controller.abort();
    await expect(
      core.api.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "shoe" } },
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: "AbortedError" });
  });

  it("gives a middleware added with use() a real Request, and the fetch too, even after eject()", async () => {
    const recording = createRecordingFetch(product, true);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    const seenByMiddleware: boolean[] = [];
    const spy: Middleware = {
      onRequest: ({ request }) => {
        seenByMiddleware.push(request instanceof Request);
        return undefined;
      },
    };
    core.api.use(spy);
    await getProduct(core);
    core.api.eject(spy);
    await getProduct(core);
    expect(seenByMiddleware).toEqual([true]);
    expect(recording.handed.map((handed) => handed.real)).toEqual([true, true]);
  });

  it("gives a call's own middleware a real Request", async () => {
    const recording = createRecordingFetch(product, true);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    const seenByMiddleware: boolean[] = [];
    await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      middleware: [
        {
          onRequest: ({ request }) => {
            seenByMiddleware.push(request instanceof Request);
            return undefined;
          },
        },
      ],
    });
    expect(seenByMiddleware).toEqual([true]);
    expect(recording.handed[0]?.real).toBe(true);
  });

  it("gives a call's own fetch a real Request", async () => {
    const recording = createRecordingFetch(product, true);
    const own = createRecordingFetch(product, false);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      fetch: own.fetch,
    } as never);
    expect(own.handed.map((handed) => handed.real)).toEqual([true]);
    expect(recording.handed).toEqual([]);
  });

  it("gives a fetch option that does not read light requests a real Request", async () => {
    const recording = createRecordingFetch(product, false);
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    await getProduct(core);
    expect(recording.handed.map((handed) => handed.real)).toEqual([true]);
  });

  it.each([
    ["a light request", true],
    ["a real Request", false],
  ])(
    "refuses a request that cannot be built with InvalidArgumentError, as %s",
    async (_kind, marked) => {
      const recording = createRecordingFetch(product, marked);
      const { core } = createTestClient(recording.fetch, APP_AUTH);
      const raw = core.api as unknown as Record<
        "GET" | "TRACE",
        (...args: unknown[]) => Promise<unknown>
      >;
      const withBody = raw.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "shoe" } },
        body: { identifier: "shoe" },
      });
      await expect(withBody).rejects.toThrow(InvalidArgumentError);
      await expect(withBody).rejects.toThrow(/^The request cannot be built: .*GET\/HEAD/);
      const trace = raw.TRACE("/api/rest/v1/products/{code}", {
        params: { path: { code: "shoe" } },
      });
      await expect(trace).rejects.toThrow(InvalidArgumentError);
      expect(recording.handed).toHaveLength(0);
    },
  );

  it("retries a light request with the same body", async () => {
    const recording = createRecordingFetch(
      (_handed, index) => (index === 0 ? json(503, {}) : new Response(null, { status: 204 })),
      true,
    );
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    const { response } = await core.api.PATCH("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      body: { family: "shoes" },
    });
    expect(response.status).toBe(204);
    expect(recording.handed.map((handed) => [handed.light, handed.body])).toEqual([
      [true, '{"family":"shoes"}'],
      [true, '{"family":"shoes"}'],
    ]);
  });

  it("renews the token after a 401 and replays the light request with the new bearer", async () => {
    let tokens = 0;
    const recording = createRecordingFetch((handed) => {
      if (handed.url.endsWith("/api/oauth/v1/token")) {
        tokens += 1;
        return json(200, {
          access_token: `access-${tokens}`,
          refresh_token: `refresh-${tokens}`,
          expires_in: 3600,
          token_type: "bearer",
        });
      }
      return handed.authorization === "Bearer access-1"
        ? json(401, { code: 401, message: "The access token provided is invalid." })
        : product();
    }, true);
    const { core } = createTestClient(recording.fetch, PASSWORD_AUTH);
    const { data } = await getProduct(core);
    expect(data).toEqual({ identifier: "shoe" });
    const productCalls = recording.handed.filter((handed) => handed.url.includes("/products/"));
    expect(productCalls.map((handed) => [handed.light, handed.authorization])).toEqual([
      [true, "Bearer access-1"],
      [true, "Bearer access-2"],
    ]);
  });

  it("hands over a multipart upload as its form", async () => {
    const recording = createRecordingFetch(
      () => json(201, { product: "shoe", file: "a/b/c.png" }),
      true,
    );
    const { core } = createTestClient(recording.fetch, APP_AUTH);
    await core.api.POST("/api/rest/v1/media-files", {
      body: { product: '{"identifier":"shoe"}', file: new Blob(["png"], { type: "image/png" }) },
    });
    const [handed] = recording.handed as [Handed];
    expect(handed.light).toBe(true);
    expect(handed.body).toBeInstanceOf(FormData);
    expect(await ((handed.body as FormData).get("file") as Blob).text()).toBe("png");
  });
});

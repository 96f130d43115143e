import { createAkeneoClient } from "../../src/akeneo-client.js";
import { InvalidArgumentError } from "../../src/core/errors/index.js";
import { rawClientOf } from "../../src/raw/index.js";

const appAuth = { type: "app", token: "app-token" } as const;

describe("rawClientOf", () => {
  it("hands over the client's raw layer, whose typed calls go through the client's transport", async () => {
    const seen: string[] = [];
    const fetch = async (input: Request): Promise<Response> => {
      seen.push(
        `${input.method} ${new URL(input.url).pathname} ${input.headers.get("authorization")}`,
      );
      return Response.json({ code: "master" });
    };
    const client = createAkeneoClient({ baseUrl: "http://127.0.0.1:9", auth: appAuth, fetch });
    const raw = rawClientOf(client);
    expect(raw).toBe(client.raw);
    const { data } = await raw.GET("/api/rest/v1/categories/{code}", {
      params: { path: { code: "master" } },
    });
    expect(data?.code).toBe("master");
    expect(seen).toEqual(["GET /api/rest/v1/categories/master Bearer app-token"]);
  });

  it.each([
    ["null", null],
    ["an object without raw", {}],
    ["a raw layer that is no HTTP client", { raw: { GET: "x" } }],
  ])("refuses %s with InvalidArgumentError naming the client", (_, value) => {
    const call = (): unknown => rawClientOf(value as never);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(/Invalid client/);
  });
});

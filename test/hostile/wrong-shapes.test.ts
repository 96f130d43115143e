import type { ServerResponse } from "node:http";
import { rawClientOf } from "../../src/raw/index.js";
import { createHostileClient, expectSafeFailure, PRODUCT_CODE } from "./support/hostile-client.js";
import {
  type HostileServer,
  sendJson,
  sendText,
  startHostileServer,
} from "./support/hostile-server.js";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const WRONG_SHAPES: readonly { name: string; answer: (response: ServerResponse) => void }[] = [
  {
    name: "204 without a body",
    answer: (response) => {
      response.writeHead(204);
      response.end();
    },
  },
  { name: "null", answer: (response) => sendJson(response, 200, null) },
  { name: "an array", answer: (response) => sendJson(response, 200, [{ identifier: "a" }]) },
  { name: "a string", answer: (response) => sendJson(response, 200, "hostile-product") },
  {
    name: "an empty 200 body",
    answer: (response) => sendText(response, 200, "", { "content-type": "application/json" }),
  },
];

describe.each(WRONG_SHAPES)("products.get answered by $name", ({ answer }) => {
  it("fails with an InvalidResponseError of reason wrong-shape, after one request", async () => {
    server = await startHostileServer((_request, response) => answer(response));
    const error = await expectSafeFailure(
      createHostileClient(server).products.get(PRODUCT_CODE),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("wrong-shape");
    expect(error.message).toContain("expected one JSON object");
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe("the endpoint functions and the raw client", () => {
  it("hand over whatever JSON arrives, as openapi-fetch does", async () => {
    server = await startHostileServer((_request, response) => sendJson(response, 200, [1, 2]));
    const client = createHostileClient(server);
    const init = { params: { path: { code: PRODUCT_CODE } } };
    expect((await client.endpoints.getProduct(init)).data).toEqual([1, 2]);
    expect((await rawClientOf(client).GET("/api/rest/v1/products/{code}", init)).data).toEqual([
      1, 2,
    ]);
  });
});

describe("products.create answered with a Location", () => {
  let answeredLocation = "";
  beforeEach(async () => {
    server = await startHostileServer((_request, response) => {
      response.writeHead(201, { location: answeredLocation, "content-length": "0" });
      response.end();
    });
  });
  const createWith = async (location: string) => {
    answeredLocation = location;
    return createHostileClient(server as HostileServer).products.create({
      identifier: "sent-code",
    });
  };

  it("takes the code from a Location under the request's own collection", async () => {
    const created = await createWith("/api/rest/v1/products/server%20code");
    expect(created.code).toBe("server code");
  });

  it("keeps the code it sent when the Location names another host", async () => {
    const created = await createWith("https://elsewhere.example/api/rest/v1/products/evil");
    expect(created).toEqual({
      code: "sent-code",
      location: "https://elsewhere.example/api/rest/v1/products/evil",
    });
  });

  it("keeps the code it sent when the Location names another collection", async () => {
    expect((await createWith("/api/rest/v1/categories/evil")).code).toBe("sent-code");
    expect((await createWith("/api/rest/v1/products/../categories/evil")).code).toBe("sent-code");
    expect((await createWith("/other/api/rest/v1/products/evil")).code).toBe("sent-code");
  });
});

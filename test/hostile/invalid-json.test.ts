import { createHostileClient, expectSafeFailure, READ_SURFACES } from "./support/hostile-client.js";
import {
  HOSTILE_SECRETS,
  type HostileServer,
  sendShortLength,
  sendText,
  startHostileServer,
} from "./support/hostile-server.js";

const MAINTENANCE_PAGE = `<!DOCTYPE html><html><body><h1>Down for maintenance</h1>${"<p>We will be back soon.</p>".repeat(400)}</body></html>`;

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(READ_SURFACES)("a 2xx answer that is not JSON, through $name", (surface) => {
  it("is an InvalidResponseError for a 200 HTML maintenance page, with an excerpt only", async () => {
    server = await startHostileServer((_request, response) =>
      sendText(response, 200, MAINTENANCE_PAGE, { "content-type": "text/html; charset=utf-8" }),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error).toMatchObject({
      reason: "invalid-json",
      status: 200,
      method: "GET",
      contentType: "text/html; charset=utf-8",
    });
    expect(error.message).toMatch(/^200 GET \/api\/rest\/v1\/products\/hostile-product: /);
    expect(String(error.excerpt)).toMatch(/^<!DOCTYPE html><html><body><h1>Down for maintenance/);
    expect(String(error.excerpt).length).toBeLessThanOrEqual(81);
    expect(error.message).not.toContain("We will be back soon");
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("is an InvalidResponseError for malformed JSON declared as JSON", async () => {
    server = await startHostileServer((_request, response) =>
      sendText(response, 200, '{"identifier": "hostile-product",,}', {
        "content-type": "application/json",
      }),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("invalid-json");
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("is an InvalidResponseError when a short Content-Length cuts the document", async () => {
    server = await startHostileServer((_request, response) =>
      sendShortLength(response, 200, '{"identifier":"hostile-product","family":"shoes"}', 20),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("invalid-json");
  });

  it("keeps a token the page quotes out of the error", async () => {
    server = await startHostileServer((request, response) =>
      sendText(response, 200, `<pre>${request.headers.authorization}</pre>`, {
        "content-type": "text/html",
      }),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(String(error.excerpt)).toContain("Bearer");
    expect(String(error.excerpt)).not.toContain(HOSTILE_SECRETS.accessToken);
  });
});

describe("a list page that is not JSON, through all()", () => {
  const firstItem = async (client: ReturnType<typeof createHostileClient>): Promise<unknown> => {
    for await (const product of client.products.all()) return product;
    return undefined;
  };

  it("is an InvalidResponseError naming the list, with an excerpt only", async () => {
    server = await startHostileServer((_request, response) =>
      sendText(response, 200, MAINTENANCE_PAGE, { "content-type": "text/html; charset=utf-8" }),
    );
    const error = await expectSafeFailure(
      firstItem(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error).toMatchObject({
      reason: "invalid-json",
      status: 200,
      method: "GET",
      contentType: "text/html; charset=utf-8",
    });
    expect(error.message).toMatch(
      /^200 GET \/api\/rest\/v1\/products\?pagination_type=search_after&limit=100: /,
    );
    expect(String(error.excerpt).length).toBeLessThanOrEqual(81);
    expect(error.message).not.toContain("We will be back soon");
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("is an InvalidResponseError when only the links that open the page are valid", async () => {
    server = await startHostileServer((request, response) =>
      sendText(
        response,
        200,
        `{"_links":{"next":{"href":"http://pim.internal/api/rest/v1/products?page=2"}},"_embedded":{"items":[${request.headers.authorization}`,
        { "content-type": "application/json" },
      ),
    );
    const error = await expectSafeFailure(
      firstItem(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("invalid-json");
    expect(error.message).toMatch(
      /^200 GET \/api\/rest\/v1\/products\?pagination_type=search_after&limit=100: /,
    );
    expect(String(error.excerpt)).not.toContain(HOSTILE_SECRETS.accessToken);
    // The second page was asked for while the first was parsed; nothing after the failure.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.apiRequests()).toHaveLength(2);
  });
});

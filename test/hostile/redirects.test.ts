import { inspect } from "node:util";
import { createHostileClient, expectSafeFailure, READ_SURFACES } from "./support/hostile-client.js";
import {
  type HostileServer,
  redirect,
  sendJson,
  startHostileServer,
} from "./support/hostile-server.js";

const USERINFO_SECRET = "hostile-REDIRECT-PASS-c0ffee";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(READ_SURFACES)("a redirect carrying credentials, through $name", (surface) => {
  it("is refused with an InvalidResponseError naming neither Location nor credentials", async () => {
    server = await startHostileServer((_request, response) => {
      const { host } = new URL((server as HostileServer).url);
      redirect(response, 302, `http://intruder:${USERINFO_SECRET}@${host}/api/rest/v1/products/b`);
    });
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("unsafe-redirect");
    const everything = inspect(error, { depth: 10, showHidden: true });
    expect(everything).not.toContain(USERINFO_SECRET);
    expect(everything).not.toContain("intruder");
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe("a same-origin redirect loop", () => {
  it("stops after 5 hops with a typed 3xx error from the facade", async () => {
    server = await startHostileServer((request, response) => redirect(response, 302, request.path));
    await expectSafeFailure(
      createHostileClient(server).products.get("hostile-product"),
      "AkeneoApiError",
    );
    expect(server.apiRequests()).toHaveLength(6);
  });
});

describe("a same-origin redirect without credentials", () => {
  it("is followed", async () => {
    server = await startHostileServer((request, response) => {
      if (request.path.endsWith("/moved")) sendJson(response, 200, { identifier: "moved" });
      else redirect(response, 301, "/api/rest/v1/products/moved");
    });
    await expect(createHostileClient(server).products.get("hostile-product")).resolves.toEqual({
      identifier: "moved",
    });
  });
});

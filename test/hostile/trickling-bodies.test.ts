import { createHostileClient, expectSafeFailure, READ_SURFACES } from "./support/hostile-client.js";
import { type HostileServer, startHostileServer, trickle } from "./support/hostile-server.js";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TIMEOUT_MS = 600;

describe.each(READ_SURFACES)("a body trickled one byte at a time, through $name", (surface) => {
  it.each([
    ["text/plain", 200],
    ["application/json", 200],
    ["text/html", 500],
  ])("times out within the attempt's deadline (%s, status %d)", async (contentType, status) => {
    server = await startHostileServer((_request, response) =>
      trickle(response, {
        status,
        headers: { "content-type": contentType },
        body: '{"identifier":"hostile-product","family":"shoes"}',
        intervalMs: 150,
      }),
    );
    const client = createHostileClient(server, { timeoutMs: TIMEOUT_MS, retry: false });
    const startedAt = performance.now();
    const error = await expectSafeFailure(surface.read(client), "TimeoutError");
    const elapsedMs = performance.now() - startedAt;
    expect(error.timeoutMs).toBe(TIMEOUT_MS);
    // Headers at once, then one deadline for the whole body: about two timeouts at most.
    expect(elapsedMs).toBeLessThan(2 * TIMEOUT_MS + 500);
    expect(server.apiRequests()).toHaveLength(1);
  });
});

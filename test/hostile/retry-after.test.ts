import { createHostileClient, expectSafeFailure, READ_SURFACES } from "./support/hostile-client.js";
import { type HostileServer, sendJson, startHostileServer } from "./support/hostile-server.js";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PAST_DATE = "Wed, 21 Oct 2015 07:28:00 GMT";

describe.each(READ_SURFACES)(
  "a 503 with a Retry-After date in the past, through $name",
  (surface) => {
    it("waits the backoff between attempts instead of retrying at once", async () => {
      const arrivals: number[] = [];
      server = await startHostileServer((_request, response) => {
        arrivals.push(performance.now());
        sendJson(response, 503, { code: 503, message: "busy" }, { "retry-after": PAST_DATE });
      });
      // random() = 1 makes the full-jitter backoff its ceiling: 100 ms, then 200 ms.
      const client = createHostileClient(server, {
        retry: { maxRetries: 2, baseDelayMs: 100, maxDelayMs: 1_000 },
        random: () => 0.999,
      });
      const outcome = surface.read(client);
      if (surface.name === "facade") await expectSafeFailure(outcome, "ServerError");
      else await outcome;
      expect(arrivals).toHaveLength(3);
      const [first = 0, second = 0, third = 0] = arrivals;
      expect(second - first).toBeGreaterThanOrEqual(90);
      expect(third - second).toBeGreaterThanOrEqual(190);
    });
  },
);

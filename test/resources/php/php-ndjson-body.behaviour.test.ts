import { AkeneoError, InvalidArgumentError } from "../../../src/core/errors/index.js";
import { type EmulatorSetup, startEmulatorClient } from "../emulator-client.js";

// PHP's upsertList also takes a ready-made NDJSON body: the same lazy PHP lines come back, and a
// body with a line that is not a JSON object is refused before anything is sent.

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new Blob([text]).stream();
}

describe("PHP upsertList with an NDJSON body", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });
  const bulkRequests = () => setup.pim.requestLog.count({ method: "PATCH" });

  it("upserts the lines of a text body (CRLF, trailing newline) and yields PHP lines", async () => {
    const body = '{"code":"summer","parent":"master"}\r\n{"code":"winter","parent":"master"}\n';
    const lines = await collect(setup.client.getCategoryApi().upsertList(body));
    expect(lines).toEqual([
      { line: 1, code: "summer", status_code: 201 },
      { line: 2, code: "winter", status_code: 201 },
    ]);
    expect(setup.pim.data.record("categories", "winter")).toMatchObject({ parent: "master" });
  });

  it("reads a stream body and its parents come first, as in PHP", async () => {
    const body = streamOf('{"code":"teal","sort_order":3}\n{"code":"navy"}');
    const lines = await collect(
      setup.client.getAttributeOptionApi().upsertAsyncList("color", body),
    );
    expect(lines.map((line) => [line.code, line.status_code])).toEqual([
      ["teal", 201],
      ["navy", 201],
    ]);
    expect(setup.pim.data.record("attribute-options", "teal", "color")).toMatchObject({
      sort_order: 3,
    });
  });

  it("refuses a text body with a line that is not a JSON object, sending nothing", async () => {
    const api = setup.client.getProductApi();
    expect(() => api.upsertList('{"identifier":"a"}\n[1,2]\n')).toThrow(
      new InvalidArgumentError("resources line 2 is not a JSON object"),
    );
    expect(() => api.upsertList('{"identifier":"a"}\n{oops\n')).toThrow(InvalidArgumentError);
    expect(bulkRequests()).toBe(0);
  });

  it("ends a stream body with a bad line with a typed error before anything is sent", async () => {
    const lines = setup.client.getProductApi().upsertList(streamOf('{"identifier":"a"}\n42\n'));
    const failure = await collect(lines).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AkeneoError);
    const cause = failure instanceof InvalidArgumentError ? failure : (failure as Error).cause;
    expect(cause).toEqual(new InvalidArgumentError("resources line 2 is not a JSON object"));
    expect(bulkRequests()).toBe(0);
  });
});

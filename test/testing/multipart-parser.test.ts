import {
  MultipartFormatError,
  MultipartParser,
  readBoundary,
} from "../../src/testing/http/multipart-parser.js";

const BOUNDARY = "----form-boundary-42";

function buildBody(): Buffer {
  const binary = Buffer.from([0, 1, 2, 13, 10, 45, 45, 45, 255, 13, 10]);
  return Buffer.concat([
    Buffer.from("preamble to ignore\r\n"),
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="product"\r\n\r\n{"identifier":"a"}\r\n`,
    ),
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x \\"q\\".bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    binary,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

describe("MultipartParser", () => {
  it("splits fields and files, keeping binary bytes that look like boundaries", () => {
    const parser = new MultipartParser(BOUNDARY);
    parser.push(buildBody());
    const [field, file] = parser.finish();
    expect(field).toEqual({
      name: "product",
      filename: undefined,
      contentType: undefined,
      data: Buffer.from('{"identifier":"a"}'),
    });
    expect(file?.filename).toBe('x "q".bin');
    expect(file?.contentType).toBe("application/octet-stream");
    expect([...(file?.data ?? [])]).toEqual([0, 1, 2, 13, 10, 45, 45, 45, 255, 13, 10]);
  });

  it("gives the same parts when fed one byte at a time", () => {
    const body = buildBody();
    const whole = new MultipartParser(BOUNDARY);
    whole.push(body);
    const bytewise = new MultipartParser(BOUNDARY);
    for (const byte of body) bytewise.push(Buffer.from([byte]));
    expect(bytewise.finish()).toEqual(whole.finish());
  });

  it("throws when the closing boundary never comes", () => {
    const parser = new MultipartParser(BOUNDARY);
    parser.push(buildBody().subarray(0, 120));
    expect(() => parser.finish()).toThrow(MultipartFormatError);
  });

  it("reads quoted and bare boundaries from Content-Type", () => {
    expect(readBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(readBoundary("multipart/form-data; boundary=xyz; charset=utf-8")).toBe("xyz");
    expect(readBoundary("multipart/form-data")).toBeUndefined();
  });

  it("decodes RFC 5987 filenames", () => {
    const parser = new MultipartParser("b");
    parser.push(
      Buffer.from(
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''caf%C3%A9.png\r\n\r\nx\r\n--b--",
      ),
    );
    expect(parser.finish()[0]?.filename).toBe("café.png");
  });
});

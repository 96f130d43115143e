import createClient from "openapi-fetch";
import {
  AKENEO_COLLECTION_CONTENT_TYPE,
  serializeRequestBody,
} from "../../../src/core/body/index.js";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";

const NDJSON_HEADERS = { "Content-Type": AKENEO_COLLECTION_CONTENT_TYPE };

describe("serializeRequestBody", () => {
  it("sends no body for undefined", () => {
    expect(serializeRequestBody(undefined, NDJSON_HEADERS)).toBeUndefined();
  });

  it("encodes an array as NDJSON under the collection content type", () => {
    const body = serializeRequestBody([{ identifier: "a" }, { identifier: "b" }], NDJSON_HEADERS);
    expect(body).toBe('{"identifier":"a"}\n{"identifier":"b"}');
  });

  it("finds the collection content type in Headers, pairs and any letter case", () => {
    const items = [{ code: "x" }];
    const expected = '{"code":"x"}';
    expect(serializeRequestBody(items, new Headers(NDJSON_HEADERS))).toBe(expected);
    expect(serializeRequestBody(items, [["content-type", AKENEO_COLLECTION_CONTENT_TYPE]])).toBe(
      expected,
    );
    expect(
      serializeRequestBody(items, {
        "CONTENT-TYPE": `${AKENEO_COLLECTION_CONTENT_TYPE}; charset=utf-8`,
      }),
    ).toBe(expected);
  });

  it("passes an already encoded NDJSON string through", () => {
    expect(serializeRequestBody('{"code":"x"}', NDJSON_HEADERS)).toBe('{"code":"x"}');
  });

  it("rejects an NDJSON body that is not a list", () => {
    expect(() => serializeRequestBody({ code: "x" }, NDJSON_HEADERS)).toThrow(InvalidArgumentError);
  });

  it("sends other values as JSON", () => {
    expect(serializeRequestBody({ code: "x", labels: {} })).toBe('{"code":"x","labels":{}}');
    expect(serializeRequestBody([1, 2], { "Content-Type": "application/json" })).toBe("[1,2]");
  });

  it("passes FormData, Blob, URLSearchParams, strings, bytes and streams through", () => {
    const values = [
      new FormData(),
      new Blob(["x"]),
      new URLSearchParams("a=1"),
      "raw",
      new Uint8Array([1]),
      new ArrayBuffer(2),
      new ReadableStream(),
    ];
    for (const value of values) expect(serializeRequestBody(value)).toBe(value);
  });

  it("encodes a plain object as form fields under the urlencoded content type", () => {
    const body = serializeRequestBody(
      { grant_type: "password", username: "u", skip: undefined },
      { "Content-Type": "application/x-www-form-urlencoded" },
    );
    expect(body).toBeInstanceOf(URLSearchParams);
    expect(String(body)).toBe("grant_type=password&username=u");
  });

  describe("upload bodies", () => {
    const product = '{"identifier":"shoe","attribute":"picture","scope":null,"locale":null}';

    it("turns an object holding a File into a multipart form", async () => {
      const file = new File(["png-bytes"], "shoe.png", { type: "image/png" });
      const form = serializeRequestBody({ product, file });
      expect(form).toBeInstanceOf(FormData);
      const sent = form as FormData;
      expect(sent.get("product")).toBe(product);
      const part = sent.get("file") as File;
      expect(part.name).toBe("shoe.png");
      expect(part.type).toBe("image/png");
      expect(await part.text()).toBe("png-bytes");
    });

    it("sends object values as plain JSON fields, never as file parts", () => {
      const association = { code: "model", attribute: "picture", scope: null, locale: null };
      const form = serializeRequestBody({ product_model: association, file: new Blob(["x"]) });
      const field = (form as FormData).get("product_model");
      expect(typeof field).toBe("string");
      expect(JSON.parse(field as string)).toEqual(association);
    });

    it("gives a nameless Blob the field name as file name", () => {
      const form = serializeRequestBody({ file: new Blob(["x"]) }) as FormData;
      expect((form.get("file") as File).name).toBe("file");
    });

    it("leaves out undefined and null fields", () => {
      const form = serializeRequestBody({ product: undefined, x: null, file: new Blob(["x"]) });
      expect([...(form as FormData).keys()]).toEqual(["file"]);
    });

    it("reaches the server as a multipart request with a plain product field", async () => {
      let seen: Request | undefined;
      const client = createClient<Record<string, never>>({
        baseUrl: "http://127.0.0.1:1",
        bodySerializer: serializeRequestBody,
        fetch: async (request: Request) => {
          seen = request;
          return new Response(null, { status: 201, headers: { Location: "/x" } });
        },
      });
      const file = new File(["bytes"], "a.png", { type: "image/png" });
      await (client as unknown as { POST: (path: string, init: object) => Promise<unknown> }).POST(
        "/api/rest/v1/media-files",
        { body: { product, file } },
      );
      expect(seen?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
      const text = await seen!.text();
      expect(text).toContain(`name="product"\r\n\r\n${product}`);
      expect(text).toContain('name="file"; filename="a.png"');
    });
  });

  it("reaches the server as NDJSON through openapi-fetch", async () => {
    let seen: Request | undefined;
    const client = createClient<Record<string, never>>({
      baseUrl: "http://127.0.0.1:1",
      bodySerializer: serializeRequestBody,
      fetch: async (request: Request) => {
        seen = request;
        return new Response("", { status: 200 });
      },
    });
    await (client as unknown as { PATCH: (path: string, init: object) => Promise<unknown> }).PATCH(
      "/api/rest/v1/products",
      {
        body: [{ identifier: "a" }, { identifier: "b" }],
        headers: NDJSON_HEADERS,
        parseAs: "stream",
      },
    );
    expect(seen?.headers.get("content-type")).toBe(AKENEO_COLLECTION_CONTENT_TYPE);
    expect(await seen!.text()).toBe('{"identifier":"a"}\n{"identifier":"b"}');
  });
});

import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call } from "./support/pim-calls.js";

const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 13, 10, 45, 45,
]);

function productForm(
  productPart: Blob | string,
  file: Blob = new Blob([PNG_BYTES], { type: "image/png" }),
): FormData {
  const form = new FormData();
  if (typeof productPart === "string") form.append("product", productPart);
  else form.append("product", productPart, "product.json");
  form.append("file", file, "front view.png");
  return form;
}

describe("emulator media files", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  const owner = JSON.stringify({
    identifier: "acc-cap",
    attribute: "picture",
    scope: null,
    locale: null,
  });

  it("uploads a product media, answers its Location and attaches it to the product", async () => {
    const answer = await call(pim, "/api/rest/v1/media-files", {
      method: "POST",
      body: productForm(owner),
    });
    expect(answer.status).toBe(201);
    const location = answer.headers.get("location") ?? "";
    const prefix = `${pim.url}/api/rest/v1/media-files/`;
    expect(location.startsWith(prefix)).toBe(true);
    const code = location.slice(prefix.length);
    expect(code).toMatch(/^[0-9a-f]\/[0-9a-f]\/[0-9a-f]\/[0-9a-f]\/[0-9a-f]{40}_front_view\.png$/);
    expect(pim.data.product("acc-cap")?.values).toMatchObject({
      picture: [{ locale: null, scope: null, data: code }],
    });
    expect(pim.data.mediaFile(code)?.metadata).toEqual({
      code,
      original_filename: "front view.png",
      mime_type: "image/png",
      size: PNG_BYTES.length,
      extension: "png",
    });
  });

  it("downloads the same bytes with the stored content type, through a code with slashes", async () => {
    const upload = await call(pim, "/api/rest/v1/media-files", {
      method: "POST",
      body: productForm(owner),
    });
    const location = upload.headers.get("location") ?? "";
    const response = await fetch(`${location}/download`, {
      headers: { authorization: `Bearer ${pim.auth.issueTokens().accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toContain('filename="front view.png"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG_BYTES);
    const metadata = await call(pim, location.slice(pim.url.length));
    expect((metadata.json as { _links: { download: { href: string } } })._links.download.href).toBe(
      `${location}/download`,
    );
  });

  it("does not see a product part sent with a filename and answers 422", async () => {
    const answer = await call(pim, "/api/rest/v1/media-files", {
      method: "POST",
      body: productForm(new Blob([owner], { type: "application/json" })),
    });
    expect(answer.status).toBe(422);
    expect((answer.json as { message: string }).message).toContain('"product" or "product_model"');
    expect(pim.data.product("acc-cap")?.values).not.toHaveProperty("picture");
  });

  it("attaches to a product model and refuses unknown owners", async () => {
    const form = new FormData();
    form.append(
      "product_model",
      JSON.stringify({ code: "tshirt-classic", attribute: "picture", scope: null, locale: null }),
    );
    form.append("file", new Blob(["model bytes"], { type: "image/jpeg" }), "model.jpg");
    expect(
      (await call(pim, "/api/rest/v1/media-files", { method: "POST", body: form })).status,
    ).toBe(201);
    const unknown = await call(pim, "/api/rest/v1/media-files", {
      method: "POST",
      body: productForm(
        JSON.stringify({ identifier: "ghost", attribute: "picture", scope: null, locale: null }),
      ),
    });
    expect(unknown.json).toEqual({ code: 422, message: 'Product "ghost" does not exist.' });
  });

  it("answers 422 without a file part and 415 for a body that is not multipart", async () => {
    const form = new FormData();
    form.append("product", owner);
    expect(
      (await call(pim, "/api/rest/v1/media-files", { method: "POST", body: form })).status,
    ).toBe(422);
    const json = await call(pim, "/api/rest/v1/media-files", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(json.status).toBe(415);
  });

  it("answers asset and reference entity media codes in their headers and serves them back", async () => {
    for (const [path, header] of [
      ["/api/rest/v1/asset-media-files", "asset-media-file-code"],
      ["/api/rest/v1/reference-entities-media-files", "reference-entities-media-file-code"],
    ] as const) {
      const form = new FormData();
      form.append("file", new Blob(["%PDF-1.4 bytes"], { type: "application/pdf" }), "sheet.pdf");
      const answer = await call(pim, path, { method: "POST", body: form });
      expect(answer.status).toBe(201);
      const code = answer.headers.get(header) ?? "";
      expect(code).toMatch(/\/.*_sheet\.pdf$/);
      expect(answer.headers.get("location")).toBe(`${pim.url}${path}/${code}`);
      const download = await call(pim, `${path}/${code}`);
      expect(download.text).toBe("%PDF-1.4 bytes");
      expect(download.headers.get("content-type")).toBe("application/pdf");
    }
  });

  it("lists media files with page pagination and serves seeded files", async () => {
    const code = pim.seed.mediaFile({
      filename: "seeded.txt",
      contentType: "text/plain",
      bytes: "hello",
      code: "a/b/c/d/seeded.txt",
    });
    const list = await call(pim, "/api/rest/v1/media-files");
    const items = (
      list.json as {
        _embedded: { items: Array<{ code: string; _links: { self: { href: string } } }> };
      }
    )._embedded.items;
    expect(items.map((item) => item.code)).toEqual([code]);
    expect(items[0]?._links.self.href).toBe(
      `${pim.url}/api/rest/v1/media-files/a/b/c/d/seeded.txt`,
    );
    expect((await call(pim, `/api/rest/v1/media-files/${code}/download`)).text).toBe("hello");
    expect((await call(pim, "/api/rest/v1/media-files/a/b/c/d/missing.txt/download")).status).toBe(
      404,
    );
  });
});

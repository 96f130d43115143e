import { serializeRequestBody } from "../../../src/core/body/index.js";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  createMediaUploadBody,
  MissingMediaCodeError,
  productMediaPart,
  productModelMediaPart,
  readMediaCode,
} from "../../../src/resources/media/index.js";

describe("productMediaPart", () => {
  it("names the product by identifier, with null scope and locale by default", () => {
    expect(JSON.parse(productMediaPart({ identifier: "shoe/42", attribute: "picture" }))).toEqual({
      identifier: "shoe/42",
      attribute: "picture",
      scope: null,
      locale: null,
    });
  });

  it("names the product by uuid with scope and locale", () => {
    const part = productMediaPart({
      uuid: "0b0e",
      attribute: "manual",
      scope: "print",
      locale: "fr_FR",
    });
    expect(JSON.parse(part)).toEqual({
      uuid: "0b0e",
      attribute: "manual",
      scope: "print",
      locale: "fr_FR",
    });
  });

  it.each([
    [{ identifier: "", attribute: "picture" }],
    [{ identifier: "a", attribute: " " }],
    [{ identifier: "a", uuid: "b", attribute: "picture" }],
    [{ attribute: "picture" }],
    [{ identifier: "a", attribute: "picture", scope: "" }],
  ])("refuses the incomplete target %p", (target) => {
    expect(() => productMediaPart(target as never)).toThrow(InvalidArgumentError);
  });
});

describe("productModelMediaPart", () => {
  it("names the product model by code", () => {
    expect(
      JSON.parse(productModelMediaPart({ code: "tshirt", attribute: "picture", locale: "en_US" })),
    ).toEqual({
      code: "tshirt",
      attribute: "picture",
      scope: null,
      locale: "en_US",
    });
  });

  it("refuses an empty code", () => {
    expect(() => productModelMediaPart({ code: "", attribute: "picture" })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe("createMediaUploadBody", () => {
  const file = new File(["x"], "a.png");

  it("builds a body whose association becomes a plain form field", () => {
    const body = createMediaUploadBody(file, {
      product: { identifier: "shoe", attribute: "picture" },
    });
    const form = serializeRequestBody(body) as FormData;
    expect(typeof form.get("product")).toBe("string");
    expect(JSON.parse(form.get("product") as string).identifier).toBe("shoe");
    expect((form.get("file") as File).name).toBe("a.png");
  });

  it("builds a product model body", () => {
    const body = createMediaUploadBody(file, { productModel: { code: "m", attribute: "picture" } });
    expect(Object.keys(body)).toEqual(["product_model", "file"]);
  });

  it("sends only the file for asset and reference-entity media", () => {
    expect(createMediaUploadBody(file)).toEqual({ file });
  });

  it("refuses a product and a product model at once", () => {
    const target = {
      product: { identifier: "a", attribute: "p" },
      productModel: { code: "m", attribute: "p" },
    };
    expect(() => createMediaUploadBody(file, target as never)).toThrow(InvalidArgumentError);
  });
});

describe("readMediaCode", () => {
  it("reads the code with its slashes from Location", () => {
    const headers = new Headers({
      Location: "http://pim.internal/api/rest/v1/media-files/a/b/c/d/0a1b2c_shoe.png",
    });
    expect(readMediaCode(headers)).toBe("a/b/c/d/0a1b2c_shoe.png");
  });

  it("percent-decodes each segment of the Location code", () => {
    const headers = new Headers({
      Location: "/api/rest/v1/media-files/1/2/3/4/abc_caf%C3%A9%20menu.pdf",
    });
    expect(readMediaCode(headers)).toBe("1/2/3/4/abc_café menu.pdf");
  });

  it("reads category media codes from Location", () => {
    const headers = new Headers({
      Location: "https://pim/api/rest/v1/category-media-files/9/8/7/6/x_banner.jpg",
    });
    expect(readMediaCode(headers)).toBe("9/8/7/6/x_banner.jpg");
  });

  it.each(["Asset-media-file-code", "asset-media-file-code", "ASSET-MEDIA-FILE-CODE"])(
    "reads %s in a plain header record",
    (name) => {
      expect(readMediaCode({ [name]: "1/2/3/x_asset.jpg" })).toBe("1/2/3/x_asset.jpg");
    },
  );

  it("reads Reference-entities-media-file-code before Location", () => {
    const headers = new Headers({
      "Reference-Entities-Media-File-Code": "5/6/7/y_logo.png",
      Location: "/api/rest/v1/reference-entities-media-files/other",
    });
    expect(readMediaCode(headers)).toBe("5/6/7/y_logo.png");
  });

  it("fails with a typed error when no header names a code", () => {
    expect(() => readMediaCode(new Headers())).toThrow(MissingMediaCodeError);
    expect(() => readMediaCode(new Headers({ Location: "/api/rest/v1/products/x" }))).toThrow(
      MissingMediaCodeError,
    );
  });
});

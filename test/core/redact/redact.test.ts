import {
  redactHeaders,
  redactText,
  redactUrl,
  redactValue,
} from "../../../src/core/redact/index.js";

describe("redaction", () => {
  it("removes secret fields from JSON text and form text", () => {
    const text =
      '{"grant_type":"password","username":"u","password":"p\\"w"} refresh_token=abc&x=1';
    const redacted = redactText(text);
    expect(redacted).not.toContain('p\\"w');
    expect(redacted).not.toContain("abc");
    expect(redacted).toContain('"username":"u"');
    expect(redacted).toContain("x=1");
  });

  it("removes Bearer and Basic credentials", () => {
    expect(redactText("Authorization: Bearer eyJ.abc.def")).toBe(
      "Authorization: Bearer [redacted]",
    );
    expect(redactText("Basic Y2xpZW50OnNlY3JldA==")).toBe("Basic [redacted]");
  });

  it("deep-copies values without secrets and leaves the input untouched", () => {
    const input = { access_token: "a", nested: [{ refresh_token: "r", keep: "k" }], code: 422 };
    expect(redactValue(input)).toEqual({
      access_token: "[redacted]",
      nested: [{ refresh_token: "[redacted]", keep: "k" }],
      code: 422,
    });
    expect(input.access_token).toBe("a");
  });

  it("strips user info and secret query parameters from URLs", () => {
    expect(redactUrl("https://u:p@pim.example.com/a?access_token=x&limit=10")).toBe(
      "https://pim.example.com/a?access_token=%5Bredacted%5D&limit=10",
    );
  });

  it("hides credential headers", () => {
    const headers = new Headers({
      authorization: "Bearer x",
      "set-cookie": "s=1",
      "content-type": "a/b",
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: "[redacted]",
      "set-cookie": "[redacted]",
      "content-type": "a/b",
    });
  });
});

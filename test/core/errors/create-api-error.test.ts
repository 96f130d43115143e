import {
  AkeneoApiError,
  AkeneoError,
  AuthenticationError,
  BadRequestError,
  createApiError,
  ForbiddenError,
  MethodNotAllowedError,
  NotAcceptableError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  UriTooLongError,
} from "../../../src/core/errors/index.js";

const request = { method: "PATCH", url: "https://pim.example.com/api/rest/v1/products/shoe-42" };

function build(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): AkeneoApiError {
  return createApiError({ status, body, headers: new Headers(headers), request, nowMs: 1_000_000 });
}

describe("createApiError", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [405, MethodNotAllowedError],
    [406, NotAcceptableError],
    [413, PayloadTooLargeError],
    [414, UriTooLongError],
    [415, UnsupportedMediaTypeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
    [504, ServerError],
  ])("maps status %i to its class", (status, ErrorClass) => {
    const error = build(status, { code: status, message: "nope" });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(AkeneoApiError);
    expect(error).toBeInstanceOf(AkeneoError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it("uses AkeneoApiError itself for statuses without a class", () => {
    const error = build(409, { message: "conflict" });
    expect(error.constructor).toBe(AkeneoApiError);
    expect(error.name).toBe("AkeneoApiError");
  });

  it("writes the message like a log line with Akeneo's message", () => {
    const error = build(422, { code: 422, message: "Validation failed." });
    expect(error.message).toBe("422 PATCH /api/rest/v1/products/shoe-42: Validation failed.");
    expect(error.serverMessage).toBe("Validation failed.");
    expect(error.method).toBe("PATCH");
    expect(error.url).toBe(request.url);
  });

  it("keeps the 422 errors array", () => {
    const errors = [
      { property: "values", message: "bad value", attribute: "name", locale: null, scope: null },
    ];
    const error = build(422, { code: 422, message: "Validation failed.", errors });
    expect(error.errors).toEqual(errors);
  });

  it("ignores an errors field that is not an array of objects", () => {
    expect(build(422, { message: "x", errors: "oops" }).errors).toEqual([]);
    expect(build(422, { message: "x", errors: [1, { message: 2 }] }).errors).toEqual([
      { message: "2" },
    ]);
  });

  it("keeps a non-JSON body as text and never crashes", () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const error = build(502, html, { "content-type": "text/html" });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBe(html);
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe("502 PATCH /api/rest/v1/products/shoe-42");
  });

  it("parses a JSON body handed over as text", () => {
    expect(build(404, '{"code":404,"message":"Not found"}').serverMessage).toBe("Not found");
  });

  it("accepts an empty or undefined body", () => {
    expect(build(500, undefined).message).toBe("500 PATCH /api/rest/v1/products/shoe-42");
    expect(build(500, "").body).toBe("");
  });

  it("keeps response headers with lower-case names", () => {
    expect(build(404, {}, { "X-Request-Id": "abc" }).headers["x-request-id"]).toBe("abc");
  });

  it("reads Retry-After seconds into retryAfter", () => {
    const error = build(429, {}, { "retry-after": "7" }) as RateLimitError;
    expect(error.retryAfter).toBe(7);
  });

  it("reads a Retry-After HTTP date relative to the clock", () => {
    const at = new Date(1_000_000 + 5_000).toUTCString();
    const error = build(429, {}, { "retry-after": at }) as RateLimitError;
    expect(error.retryAfter).toBe(5);
  });

  it("leaves retryAfter undefined when the header is absent", () => {
    expect((build(429, {}) as RateLimitError).retryAfter).toBeUndefined();
  });

  it("turns token endpoint refusals into AuthenticationError keeping the status", () => {
    const error = createApiError({
      status: 422,
      body: { message: "Refresh token is invalid or has expired" },
      headers: new Headers(),
      request: { method: "POST", url: "https://pim.example.com/api/oauth/v1/token" },
      authentication: true,
    });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(422);
  });

  it("appends the context and keeps the cause", () => {
    const cause = new Error("inner");
    const error = createApiError({
      status: 401,
      body: {},
      headers: new Headers(),
      request,
      cause,
      context: "token renewal failed",
    });
    expect(error.message).toBe("401 PATCH /api/rest/v1/products/shoe-42 (token renewal failed)");
    expect(error.cause).toBe(cause);
  });
});

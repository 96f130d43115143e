import {
  AuthenticationError,
  createApiError,
  NotFoundError,
  ServerError,
  unwrap,
} from "../../../src/core/errors/index.js";
import { unwrapFailure } from "../support/unwrap-failure.js";

describe("unwrap", () => {
  it.each([200, 201, 202, 204, 207, 299])("returns the data for status %i", (status) => {
    const response = new Response(null, { status });
    expect(unwrap({ data: { ok: status }, response })).toEqual({ ok: status });
  });

  it("returns undefined for a bodiless success", () => {
    expect(
      unwrap({ data: undefined, response: new Response(null, { status: 204 }) }),
    ).toBeUndefined();
  });

  it("throws the typed error naming the request the result carries", () => {
    const response = new Response("{}", { status: 404 });
    const request = { method: "GET", url: "https://pim.example.com/api/rest/v1/products/x" };
    const result = { error: { message: "Not found" }, response, request };
    expect(() => unwrap(result)).toThrow(NotFoundError);
    expect(() => unwrap(result)).toThrow("404 GET /api/rest/v1/products/x: Not found");
  });

  it("falls back to the response's URL for a result without its request", () => {
    const response = new Response("{}", { status: 404 });
    expect(() => unwrap({ error: { message: "Not found" }, response })).toThrow(
      "404 UNKNOWN : Not found",
    );
  });

  it("removes the client's own secrets with the redactor it is given", () => {
    const response = new Response("{}", { status: 404 });
    const error = { message: "No product s3cret-code" };
    const redact = (text: string): string => text.replaceAll("s3cret-code", "[redacted]");
    expect(() => unwrap({ error, response }, redact)).toThrow(/No product \[redacted\]$/);
  });

  it("turns a 401 whose renewal failed into an AuthenticationError caused by the refusal", () => {
    const response = new Response("{}", { status: 401 });
    const renewalFailure = createApiError({
      status: 422,
      body: { message: "Refresh token is invalid or has expired" },
      headers: new Headers(),
      request: { method: "POST", url: "https://pim.example.com/api/oauth/v1/token" },
      authentication: true,
    });
    const request = { method: "GET", url: "https://pim.example.com/api/rest/v1/products/x" };
    const result = { error: { message: "Invalid token" }, response, request, renewalFailure };
    const thrown = unwrapFailure(result);
    expect(thrown).toBeInstanceOf(AuthenticationError);
    expect(thrown.status).toBe(401);
    expect(thrown.message).toContain("token renewal failed");
    expect(thrown.cause).toBe(renewalFailure);
  });

  it("throws for a 3xx answer (a redirect that was not followed)", () => {
    const response = new Response(null, {
      status: 307,
      headers: { location: "https://elsewhere/" },
    });
    expect(() => unwrap({ error: undefined, response })).toThrow(/307/);
  });

  it("survives a proxy's HTML error page", () => {
    const response = new Response("<html>oops</html>", { status: 503 });
    expect(() => unwrap({ error: "<html>oops</html>", response })).toThrow(ServerError);
  });
});

import { NotFoundError, ServerError, tagResponse, unwrap } from "../../../src/core/errors/index.js";

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

  it("throws the typed error with the tagged request", () => {
    const response = tagResponse(new Response("{}", { status: 404 }), {
      method: "GET",
      url: "https://pim.example.com/api/rest/v1/products/x",
    });
    expect(() => unwrap({ error: { message: "Not found" }, response })).toThrow(NotFoundError);
    try {
      unwrap({ error: { message: "Not found" }, response });
    } catch (error) {
      expect((error as NotFoundError).message).toBe("404 GET /api/rest/v1/products/x: Not found");
    }
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

import { createAkeneoClient, InvalidArgumentError } from "../../../src/index.js";
import { buildListQuery } from "../../../src/resources/facade/list-options.js";
import { createScriptedPimFetch } from "../scripted-pim-fetch.js";

describe("buildListQuery", () => {
  it.each([
    ["a string", "str", "received string"],
    ["a number", 5, "received number"],
    ["an array", [1], "received an array"],
    ["null", null, "received null"],
  ])("refuses options given as %s, naming what it received", (_, options, received) => {
    expect(() => buildListQuery(options as never)).toThrow(
      new InvalidArgumentError(`List options must be an object, ${received}`),
    );
  });

  it.each([0, -3, 1.5, Number.NaN])("refuses page %p", (page) => {
    expect(() => buildListQuery({ page })).toThrow(/page must be an integer from 1/);
  });

  it("refuses a page that is not a number, naming its type", () => {
    expect(() => buildListQuery({ page: "2" })).toThrow(
      "page must be an integer from 1, received string",
    );
  });

  it("passes a valid page through", () => {
    expect(buildListQuery({ page: 3, limit: 10 })).toEqual({ page: 3, limit: 10 });
  });
});

describe("listPerPage with bad options", () => {
  it.each([[{ page: 0 }], [{ page: -3 }], ["str"]])(
    "refuses %j before any request",
    async (options) => {
      const scripted = createScriptedPimFetch();
      const client = createAkeneoClient({
        baseUrl: "https://pim.example.com",
        auth: { type: "app", token: "app-token" },
        fetch: scripted.fetch,
        logLevel: "silent",
      });
      await expect(client.families.listPerPage(options as never)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      await expect(client.products.listPerPage(options as never)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
      expect(scripted.seen).toHaveLength(0);
    },
  );
});

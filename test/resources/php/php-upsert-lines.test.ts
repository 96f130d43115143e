import { ConnectionError } from "../../../src/core/errors/index.js";
import type { UpsertLineResult } from "../../../src/resources/bulk/index.js";
import {
  collectPhpUpsertEntries,
  toPhpUpsertLines,
} from "../../../src/resources/php/php-upsert-lines.js";

type Item = { identifier: string };

async function* resultsOf(
  results: readonly UpsertLineResult<Item>[],
): AsyncGenerator<UpsertLineResult<Item>> {
  yield* results;
}

const created = (index: number, identifier: string, line: number): UpsertLineResult<Item> => ({
  index,
  code: identifier,
  item: { identifier },
  answer: { line, identifier, status_code: 201 },
  status: "created",
  statusCode: 201,
});

describe("toPhpUpsertLines", () => {
  it("numbers the lines across batches from 1, whatever line the server gave", async () => {
    const lines = [];
    for await (const line of toPhpUpsertLines(
      resultsOf([created(0, "a", 1), created(100, "b", 1)]),
      "identifier",
    )) {
      lines.push(line);
    }
    expect(lines).toEqual([
      { line: 1, identifier: "a", status_code: 201 },
      { line: 101, identifier: "b", status_code: 201 },
    ]);
  });

  it("keeps the server's message and errors of a refused item", async () => {
    const refused: UpsertLineResult<Item> = {
      index: 0,
      code: "a",
      item: { identifier: "a" },
      answer: {
        line: 1,
        identifier: "a",
        status_code: 422,
        message: "Validation failed.",
        errors: [{ property: "family", message: "Unknown" }],
      },
      status: "failed",
      failure: "rejected",
      statusCode: 422,
      message: "Validation failed.",
      errors: [{ property: "family", message: "Unknown" }],
      error: undefined,
    };
    const [line] = await collectLines(toPhpUpsertLines(resultsOf([refused]), "identifier"));
    expect(line).toEqual({
      line: 1,
      identifier: "a",
      status_code: 422,
      message: "Validation failed.",
      errors: [{ property: "family", message: "Unknown" }],
    });
  });

  it("ends with the error of an item whose batch failed, after the lines before it", async () => {
    const error = new ConnectionError({ method: "PATCH", url: "http://pim/products" } as never);
    const failed: UpsertLineResult<Item> = {
      index: 1,
      code: "b",
      item: { identifier: "b" },
      answer: undefined,
      status: "failed",
      failure: "batch-failed",
      statusCode: undefined,
      message: error.message,
      errors: [],
      error,
    };
    const seen: unknown[] = [];
    const run = async () => {
      for await (const line of toPhpUpsertLines(
        resultsOf([created(0, "a", 1), failed]),
        "identifier",
      )) {
        seen.push(line.identifier);
      }
    };
    await expect(run()).rejects.toBe(error);
    expect(seen).toEqual(["a"]);
  });
});

describe("collectPhpUpsertEntries", () => {
  it("answers the server's entries as one array, without line numbers", async () => {
    const entries = await collectPhpUpsertEntries(
      resultsOf([
        {
          index: 0,
          code: "acme",
          item: { identifier: "acme" },
          answer: { code: "acme", status_code: 204 },
          status: "updated",
          statusCode: 204,
        },
      ]),
    );
    expect(entries).toEqual([{ code: "acme", status_code: 204 }]);
  });
});

async function collectLines<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

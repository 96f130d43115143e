import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAkeneoClient } from "../../src/akeneo-client.js";
import * as publicApi from "../../src/index.js";
import { PHP_ACCESSOR_NAMES } from "../../src/resources/php-accessors.js";

// The README's "Coming from the PHP client" tables are promises: every PHP accessor and method
// listed exists with that name, every method that exists is listed, and every SDK error named
// for a PHP exception is an exported AkeneoError class.

function readSection(): string {
  const text = readFileSync(join(process.cwd(), "README.md"), "utf8");
  const start = text.indexOf("### Coming from the PHP client");
  const end = text.indexOf("\n### ", start + 1);
  return text.slice(start, end);
}

function readAccessorTable(section: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const [, accessor, cell] of section.matchAll(/^\| `(get\w+Api)\(\)` \| (.*) \|$/gm)) {
    const methods = [...(cell ?? "").matchAll(/`(\w+)\(/g)].map((match) => match[1] ?? "");
    rows.set(accessor ?? "", methods);
  }
  return rows;
}

describe("README PHP accessor table", () => {
  const client = createAkeneoClient({
    baseUrl: "http://127.0.0.1:9",
    auth: { type: "app", token: "t" },
  });
  const table = readAccessorTable(readSection());

  it("lists the 39 accessors, each once", () => {
    expect([...table.keys()].sort()).toEqual([...PHP_ACCESSOR_NAMES].sort());
  });

  it.each([...PHP_ACCESSOR_NAMES])("lists exactly the methods %s() has", (accessor) => {
    const api = client[accessor]() as object;
    const listed = table.get(accessor) ?? [];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(api).sort());
    for (const name of listed) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe("function");
    }
  });

  it("maps PHP exceptions to exported AkeneoError classes", () => {
    const rows = readSection().match(/^\| `\w+(HttpException|Exception)`.*$/gm) ?? [];
    const named = rows.flatMap((row) =>
      [...(row.split(" | ")[1] ?? "").matchAll(/`(\w+Error)`/g)].map((match) => match[1] ?? ""),
    );
    expect(named.length).toBeGreaterThan(15);
    for (const name of named) {
      const ErrorClass = (publicApi as unknown as Record<string, unknown>)[name];
      expect(typeof ErrorClass).toBe("function");
      expect((ErrorClass as { prototype: unknown }).prototype).toBeInstanceOf(
        publicApi.AkeneoError,
      );
    }
  });
});

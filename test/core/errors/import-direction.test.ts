import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ERRORS_DIR = join(__dirname, "../../../src/core/errors");

describe("core/errors imports", () => {
  it("import nothing from the transport, which builds on them", () => {
    const offenders = readdirSync(ERRORS_DIR)
      .filter((name) => name.endsWith(".ts"))
      .filter((name) =>
        /from "\.\.\/transport\//.test(readFileSync(join(ERRORS_DIR, name), "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});

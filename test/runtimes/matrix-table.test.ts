import { formatMatrixTable, isPassingRow, type MatrixRow } from "./matrix-table.js";

const passing: MatrixRow = {
  runtime: "Bun",
  version: "1.4.5",
  outcome: { report: { checks: [{ name: "get", ok: true, detail: "shoe" }] } },
};
const failing: MatrixRow = {
  runtime: "Deno",
  version: "2.9.6",
  outcome: {
    report: {
      checks: [
        { name: "get", ok: true, detail: "shoe" },
        { name: "upsertList", ok: false, detail: "ReferenceError: Buffer is not defined" },
      ],
    },
  },
};

describe("formatMatrixTable", () => {
  it("prints one line per runtime with its version and result, and the failed checks under it", () => {
    const table = formatMatrixTable([
      passing,
      failing,
      { runtime: "Node 26", version: "-", outcome: { skipped: "not installed" } },
    ]).split("\n");
    expect(table[0]).toMatch(/^runtime +\| version +\| result$/);
    expect(table[2]).toMatch(/^Bun +\| 1\.4\.5 +\| pass \(1\/1\)$/);
    expect(table[3]).toMatch(/^Deno +\| 2\.9\.6 +\| FAIL \(1\/2\)$/);
    expect(table[4]).toBe("    upsertList: ReferenceError: Buffer is not defined");
    expect(table[5]).toMatch(/^Node 26 +\| - +\| SKIPPED/);
  });
});

describe("isPassingRow", () => {
  it("passes a row only when every check of its report passed", () => {
    expect(isPassingRow(passing)).toBe(true);
    expect(isPassingRow(failing)).toBe(false);
    expect(isPassingRow({ runtime: "x", version: "-", outcome: { failure: "crashed" } })).toBe(
      false,
    );
    expect(isPassingRow({ runtime: "x", version: "-", outcome: { skipped: "absent" } })).toBe(
      false,
    );
  });
});

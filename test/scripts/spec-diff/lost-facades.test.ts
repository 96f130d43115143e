import { countBreaking, formatReport } from "../../../scripts/spec-diff/format-report.js";
import { lostFacades } from "../../../scripts/spec-diff/lost-facades.js";

const NAMES = {
  "GET /widgets/{code}": {
    operationId: "widgets_get",
    name: "getWidget",
    kind: "get",
    facade: "widgets.get",
  },
  "GET /widgets": {
    operationId: "widgets_list",
    name: "listWidgets",
    kind: "list",
    facade: "widgets.listPerPage",
  },
  "DELETE /gadgets/{code}": {
    operationId: "gadgets_delete",
    name: "deleteGadget",
    kind: "delete",
    facade: "gadgets.delete",
  },
  "POST /api/oauth/v1/token": { operationId: "post_token", name: "requestToken", kind: "token" },
};

describe("lostFacades", () => {
  it("names each client member a removed operation takes away, with its lost methods", () => {
    const removed = [
      "GET /widgets (widgets_list)",
      "DELETE /gadgets/{id} (renamed)",
      "GET /widgets/{code} (w)",
    ];
    expect(lostFacades(removed, NAMES)).toEqual([
      { facade: "gadgets", methods: ["gadgets.delete"] },
      { facade: "widgets", methods: ["widgets.get", "widgets.listPerPage"] },
    ]);
  });

  it("names none for a removed operation the naming map gives no facade method", () => {
    expect(lostFacades(["POST /api/oauth/v1/token (post_token)", "GET /other (x)"], NAMES)).toEqual(
      [],
    );
  });
});

describe("formatReport with lost facades", () => {
  const diff = {
    oldCount: 2,
    newCount: 1,
    removed: ["GET /widgets (widgets_list)"],
    added: [],
    changed: [],
    schemas: [],
  };

  it("lists the facades left out of the client after the removed operations", () => {
    const report = formatReport(diff, "old.json", "new.json", lostFacades(diff.removed, NAMES));
    expect(report).toContain(
      [
        "Removed operations, breaking (1)",
        "  ! GET /widgets (widgets_list)",
        "",
        "Facades left out of the client, breaking each call of them (1)",
        "  ! client.widgets: widgets.listPerPage",
        "",
        "Added operations (0)",
      ].join("\n"),
    );
    expect(countBreaking(diff)).toBe(1);
  });
});

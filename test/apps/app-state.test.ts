import { createAppState, isSameState } from "../../src/apps/index.js";

describe("createAppState", () => {
  it("returns 256 random bits as base64url, different each time", () => {
    const states = new Set(Array.from({ length: 50 }, () => createAppState()));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("isSameState", () => {
  const state = "abcDEF123_-xyz";

  it("accepts the identical state", () => {
    expect(isSameState(state, `${state}`)).toBe(true);
  });

  it.each([
    ["a prefix", state.slice(0, -1)],
    ["a longer value", `${state}0`],
    ["one changed character", `${state.slice(0, -1)}Z`],
    ["an empty value", ""],
    ["a missing value", null],
    ["a repeated array", [state]],
  ])("refuses %s", (_label, received) => {
    expect(isSameState(state, received)).toBe(false);
  });

  it("refuses everything when the expected state is empty", () => {
    expect(isSameState("", "")).toBe(false);
  });
});

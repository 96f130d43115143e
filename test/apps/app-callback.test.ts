import { AppCallbackError, readAppCallback } from "../../src/index.js";

function failure(url: string, state = "good-state"): AppCallbackError {
  try {
    readAppCallback(url, state);
  } catch (error) {
    if (error instanceof AppCallbackError) return error;
    throw error;
  }
  throw new Error("readAppCallback did not throw");
}

describe("readAppCallback", () => {
  it("returns the code when the state matches", () => {
    expect(readAppCallback("/callback?code=c-1&state=good-state", "good-state")).toEqual({
      code: "c-1",
    });
  });

  it("refuses another state before reading anything else, without quoting code or state", () => {
    const error = failure("/callback?code=secret-code&state=bad-state");
    expect(error.reason).toBe("state-mismatch");
    expect(error.message).not.toMatch(/secret-code|bad-state|good-state/);
    expect(failure("/callback?error=access_denied").reason).toBe("state-mismatch");
  });

  it("reports the user's refusal with the PIM's error", () => {
    const error = failure("/callback?error=access_denied&error_description=No&state=good-state");
    expect(error.reason).toBe("access-denied");
    expect(error.oauthError).toBe("access_denied");
    expect(error.message).toContain("access_denied");
  });

  it("refuses a callback without a code", () => {
    expect(failure("/callback?state=good-state").reason).toBe("missing-code");
  });
});

import { createSingleFlight, isExpiring, isTokenPair } from "../../../src/core/auth/index.js";

describe("isExpiring", () => {
  it("is true within the margin before expiry", () => {
    const pair = { accessToken: "a", expiresAt: 10_000_000, issuedAt: 6_400_000 };
    expect(isExpiring(pair, 9_939_999, 60_000)).toBe(false);
    expect(isExpiring(pair, 9_940_000, 60_000)).toBe(true);
  });

  it("never uses more than half the lifetime as margin", () => {
    const pair = { accessToken: "a", issuedAt: 0, expiresAt: 30_000 };
    expect(isExpiring(pair, 14_999, 60_000)).toBe(false);
    expect(isExpiring(pair, 15_000, 60_000)).toBe(true);
  });

  it("is false when expiry is unknown", () => {
    expect(isExpiring({ accessToken: "a" }, Number.MAX_SAFE_INTEGER, 60_000)).toBe(false);
  });
});

describe("isTokenPair", () => {
  it("accepts pairs and rejects other shapes", () => {
    expect(isTokenPair({ accessToken: "a", refreshToken: "r", expiresAt: 1 })).toBe(true);
    expect(isTokenPair({ accessToken: "" })).toBe(false);
    expect(isTokenPair({ accessToken: "a", expiresAt: "soon" })).toBe(false);
    expect(isTokenPair(null)).toBe(false);
  });
});

describe("createSingleFlight", () => {
  it("shares one running task and starts a new one afterwards", async () => {
    const flight = createSingleFlight<number>();
    let runs = 0;
    const task = async () => ++runs;
    expect(await Promise.all([flight.run(task), flight.run(task), flight.run(task)])).toEqual([
      1, 1, 1,
    ]);
    expect(await flight.run(task)).toBe(2);
  });

  it("lets the next caller retry after a failure", async () => {
    const flight = createSingleFlight<number>();
    await expect(
      flight.run(async () => {
        throw new Error("x");
      }),
    ).rejects.toThrow("x");
    expect(await flight.run(async () => 7)).toBe(7);
  });
});

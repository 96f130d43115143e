import {
  chooseAdoptedPair,
  chooseFirstGrant,
  expiringAccessToken,
  fallsBackToPassword,
  type TokenView,
  usableAccessToken,
} from "../../../src/core/auth/token-decisions.js";
import type { TokenPair } from "../../../src/core/auth/token-pair.js";
import { AkeneoError, createApiError } from "../../../src/core/errors/index.js";

const NOW = 1_000_000;
const MARGIN = 60_000;
const fresh: TokenPair = { accessToken: "fresh", refreshToken: "r1", expiresAt: NOW + 3_600_000 };
const expiring: TokenPair = { accessToken: "old", refreshToken: "r0", expiresAt: NOW + 1_000 };
const view = (pair: TokenPair | undefined, storeChecked = true): TokenView => ({
  pair,
  storeChecked,
  nowMs: NOW,
  marginMs: MARGIN,
});
const password = { grant_type: "password", username: "u", password: "p" } as const;
const refusal = (status: number) =>
  createApiError({
    status,
    body: {},
    headers: new Headers(),
    request: { method: "POST", url: "https://pim/api/oauth/v1/token" },
  });

describe("usableAccessToken", () => {
  it("returns a fresh token once the store was read", () => {
    expect(usableAccessToken(view(fresh))).toBe("fresh");
  });

  it("asks for a renewal without a pair, before the store is read, or near expiry", () => {
    expect(usableAccessToken(view(undefined))).toBeUndefined();
    expect(usableAccessToken(view(fresh, false))).toBeUndefined();
    expect(usableAccessToken(view(expiring))).toBeUndefined();
  });
});

describe("expiringAccessToken", () => {
  it("names the token in memory only once the store was read", () => {
    expect(expiringAccessToken(view(expiring))).toBe("old");
    expect(expiringAccessToken(view(expiring, false))).toBeUndefined();
  });
});

describe("chooseAdoptedPair", () => {
  it("adopts a good stored pair, unless it holds the rejected token", () => {
    expect(chooseAdoptedPair(fresh, view(expiring), "old")).toBe(fresh);
    expect(chooseAdoptedPair(fresh, view(fresh), "fresh")).toBeUndefined();
  });

  it("keeps the pair in memory on a proactive renewal when nothing is stored and it is good", () => {
    expect(chooseAdoptedPair(undefined, view(fresh), undefined)).toBe(fresh);
    expect(chooseAdoptedPair(undefined, view(fresh), "other")).toBeUndefined();
    expect(chooseAdoptedPair(undefined, view(expiring), undefined)).toBeUndefined();
  });
});

describe("chooseFirstGrant", () => {
  it("prefers the refresh grant, then the password grant", () => {
    expect(chooseFirstGrant(expiring, password)).toEqual({
      grant_type: "refresh_token",
      refresh_token: "r0",
    });
    expect(chooseFirstGrant({ accessToken: "a" }, password)).toBe(password);
    expect(chooseFirstGrant(undefined, undefined)).toBeUndefined();
  });
});

describe("fallsBackToPassword", () => {
  const refreshGrant = { grant_type: "refresh_token", refresh_token: "r" } as const;

  it.each([422, 400, 401])("falls back after a refresh grant refused with %i", (status) => {
    expect(fallsBackToPassword(refreshGrant, refusal(status), password)).toBe(true);
  });

  it("does not fall back on a server error, a network error, without a password or after a password grant", () => {
    expect(fallsBackToPassword(refreshGrant, refusal(500), password)).toBe(false);
    expect(fallsBackToPassword(refreshGrant, new AkeneoError("reset"), password)).toBe(false);
    expect(fallsBackToPassword(refreshGrant, refusal(422), undefined)).toBe(false);
    expect(fallsBackToPassword(password, refusal(422), password)).toBe(false);
  });
});

import { RecordStore } from "../../src/testing/store/record-store.js";

describe("RecordStore", () => {
  const fill = (n: number): RecordStore => {
    const store = new RecordStore();
    for (let i = 0; i < n; i += 1) store.put(`k${i}`, { code: `k${i}`, n: i });
    return store;
  };

  it("answers created then updated and keeps the first insertion position", () => {
    const store = new RecordStore();
    expect(store.put("a", { code: "a" })).toBe("created");
    store.put("b", { code: "b" });
    expect(store.put("a", { code: "a", v: 2 })).toBe("updated");
    expect([...store.values()].map((r) => r.code)).toEqual(["a", "b"]);
    expect(store.get("a")).toEqual({ code: "a", v: 2 });
  });

  it("slices offsets with and without a filter", () => {
    const store = fill(10);
    expect(store.slice(8, 5).map((r) => r.n)).toEqual([8, 9]);
    expect(store.slice(1, 2, (r) => Number(r.n) % 2 === 0).map((r) => r.n)).toEqual([2, 4]);
    expect(store.count((r) => Number(r.n) > 6)).toBe(3);
  });

  it("continues after a cursor and reports the next cursor only when more records match", () => {
    const store = fill(5);
    expect(store.after(undefined, 2)).toEqual({
      records: [store.get("k0"), store.get("k1")],
      nextCursor: "k1",
    });
    expect(store.after("k2", 2)).toEqual({
      records: [store.get("k3"), store.get("k4")],
      nextCursor: undefined,
    });
    expect(store.after("unknown", 2).records).toEqual([]);
  });

  it("skips deleted records and still resumes after a deleted cursor", () => {
    const store = fill(5);
    expect(store.delete("k2")).toBe(true);
    expect(store.delete("k2")).toBe(false);
    expect(store.size).toBe(4);
    expect(store.after("k2", 10).records.map((r) => r.n)).toEqual([3, 4]);
    expect(store.slice(0, 10).map((r) => r.n)).toEqual([0, 1, 3, 4]);
    store.put("k2", { code: "k2", n: 22 });
    expect([...store.values()].map((r) => r.n)).toEqual([0, 1, 3, 4, 22]);
  });
});

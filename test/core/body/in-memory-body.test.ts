import { isInMemoryBody } from "../../../src/core/body/in-memory-body.js";

describe("isInMemoryBody", () => {
  it("accepts the bodies fetch can send again", () => {
    const bodies: unknown[] = [
      "text",
      new FormData(),
      new Blob(["x"]),
      new URLSearchParams("a=1"),
      new ArrayBuffer(2),
      new Uint8Array(2),
    ];
    expect(bodies.map(isInMemoryBody)).toEqual(bodies.map(() => true));
  });

  it("refuses a one-shot stream and values that are not bodies", () => {
    const others: unknown[] = [new ReadableStream(), { a: 1 }, [1], null, undefined, 3];
    expect(others.map(isInMemoryBody)).toEqual(others.map(() => false));
  });
});

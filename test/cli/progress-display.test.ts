import {
  createProgressDisplay,
  describeProgress,
  formatDuration,
} from "../../src/cli/progress-display.js";

function recordingStream(): { text(): string; write(chunk: string): boolean; once(): void } {
  let written = "";
  return {
    text: () => written,
    write(chunk: string) {
      written += chunk;
      return true;
    },
    once() {},
  };
}

describe("describeProgress", () => {
  it("shows items, items per second and an ETA when the total is known", () => {
    expect(describeProgress("exported", 2_500, 10_000, 5_000)).toBe(
      "exported 2,500 / 10,000 items (25%) · 500 items/s · ETA 0:15",
    );
  });

  it("leaves the ETA out without a total, and once done", () => {
    expect(describeProgress("exported", 1_200, undefined, 2_000)).toBe(
      "exported 1,200 items · 600 items/s",
    );
    expect(describeProgress("imported", 10, 10, 1_000)).toBe(
      "imported 10 / 10 items (100%) · 10 items/s",
    );
  });

  it("formats long durations with hours", () => {
    expect(formatDuration(3_725_000)).toBe("1:02:05");
    expect(formatDuration(59_001)).toBe("1:00");
  });
});

describe("createProgressDisplay", () => {
  it("redraws the same line at most once per interval and ends it on finish", () => {
    const stream = recordingStream();
    let now = 0;
    const progress = createProgressDisplay({
      stream,
      enabled: true,
      now: () => now,
      label: "exported",
      intervalMs: 200,
    });
    progress.setTotal(300);
    progress.advance(100); // drawn: the first draw is immediate
    now = 100;
    progress.advance(100); // too soon: not drawn
    now = 1_000;
    progress.advance(50); // drawn
    progress.finish(); // drawn, then a newline
    const draws = stream.text().split("\r\u001b[2K").slice(1);
    expect(draws).toEqual([
      "exported 100 / 300 items (33%) · 0 items/s",
      "exported 250 / 300 items (83%) · 250 items/s · ETA 0:01",
      "exported 250 / 300 items (83%) · 250 items/s · ETA 0:01\n",
    ]);
  });

  it("writes nothing at all when disabled", () => {
    const stream = recordingStream();
    const progress = createProgressDisplay({ stream, enabled: false, now: () => 0, label: "x" });
    progress.setTotal(1);
    progress.advance(1);
    progress.finish();
    expect(stream.text()).toBe("");
  });
});

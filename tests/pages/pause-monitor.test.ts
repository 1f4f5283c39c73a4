import { describe, expect, it } from "vitest";
import { timeWithPauses } from "../../pages/components/pause-monitor.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const block = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: the main thread is blocked
  }
};

describe("timeWithPauses", () => {
  it("times the work and sees a blocked main thread as a long pause", async () => {
    const timed = await timeWithPauses(async () => {
      await sleep(50);
      block(300);
      await sleep(50);
      return 42;
    });
    expect(timed.result).toBe(42);
    expect(timed.seconds).toBeGreaterThanOrEqual(0.39);
    expect(timed.longestPauseMs).toBeGreaterThanOrEqual(290);
  });

  it("sees no long pause while the work only waits", async () => {
    const timed = await timeWithPauses(() => sleep(150));
    expect(timed.longestPauseMs).toBeLessThan(200);
  });

  it("passes a rejection on", async () => {
    await expect(timeWithPauses(() => Promise.reject(new Error("cancelled")))).rejects.toThrow("cancelled");
  });
});

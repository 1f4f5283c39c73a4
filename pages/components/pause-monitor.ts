/**
 * How long some asynchronous work takes, and the longest pause of the main thread meanwhile: a
 * 16 ms ticker records the largest gap between its ticks (a page that stays responsive while Web
 * Workers compute shows gaps near 16 ms; a blocked main thread shows its blocking time). The
 * benchmarks page reports both for the worker bootstrap.
 */
export interface Timed<T> {
  result: T;
  seconds: number;
  longestPauseMs: number;
}

/** Runs `work`, timing it and the main thread's longest pause; a rejection is passed on (the ticker stopped). */
export async function timeWithPauses<T>(work: () => Promise<T>, now: () => number = () => performance.now()): Promise<Timed<T>> {
  const start = now();
  let last = start;
  let longest = 0;
  const ticker = setInterval(() => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
  }, 16);
  try {
    const result = await work();
    return { result, seconds: (now() - start) / 1000, longestPauseMs: longest };
  } finally {
    clearInterval(ticker);
  }
}

/**
 * The generator's seeded pseudo-random numbers. Every draw of the synthetic EDC comes from a
 * stream created here; nothing calls `Math.random`.
 *
 * Streams: `streamSeed(seed, ...keys)` hashes the study seed and a path of keys (a concept name
 * and, for per-subject streams, the subject's screening index) to a 32-bit sub-seed, so each
 * concept and each subject draws from its own stream. A change in how many draws one subject
 * uses never shifts another subject's numbers.
 *
 * Generator: xoshiro128** (Blackman & Vigna 2021), state filled by SplitMix32; uniform draws carry
 * 53 bits. Normal draws are Box–Muller (two uniforms, the cosine branch), exact up to V8's
 * `Math.log`/`Math.cos`, which are the same on every Node run of one version.
 */

/** A seeded stream of draws; every method advances the same stream. */
export interface Rng {
  /** Uniform in [0, 1), 53 random bits. */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** 1 with probability p, else 0. */
  bernoulli(p: number): 0 | 1;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [lo, hi], both inclusive. */
  intBetween(lo: number, hi: number): number;
  /** Poisson count with mean `lambda` (inversion; meant for small means, below about 30). */
  poisson(lambda: number): number;
  /** Index drawn with probability proportional to `weights[i]`. */
  categorical(weights: readonly number[]): number;
}

const TWO_POW_32 = 4294967296;

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  z ^= z >>> 15;
  return [z >>> 0, next];
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A 32-bit sub-seed from a seed and a path of keys (FNV-1a over the text `seed/key1/key2…`,
 * then one SplitMix32 finalisation).
 *
 * @example
 * streamSeed(1101, "baseline", 7) === streamSeed(1101, "baseline", 7) // => true
 * streamSeed(1101, "baseline", 7) !== streamSeed(1101, "baseline", 8) // => true
 */
export function streamSeed(seed: number, ...keys: Array<string | number>): number {
  const text = [seed, ...keys].join("/");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return splitmix32(h | 0)[0];
}

/**
 * A stream seeded by an integer in [0, 2³²). (A class, not closures: streams are created per
 * subject and concept, thousands per study.)
 *
 * @example
 * createRng(streamSeed(1101, "screening")).uniform() // => the same number on every run
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32) throw new RangeError(`createRng: seed must be an integer in [0, 2^32), got ${seed}`);
  return new Xoshiro128(seed);
}

class Xoshiro128 implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let sm = seed | 0;
    const s: number[] = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
      const [out, next] = splitmix32(sm);
      s[i] = out | 0;
      sm = next;
    }
    if (!s.some((w) => w !== 0)) s[0] = 1; // the all-zero state is forbidden
    [this.s0, this.s1, this.s2, this.s3] = s as [number, number, number, number];
  }

  private next32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  uniform(): number {
    return ((this.next32() >>> 5) * 67108864 + (this.next32() >>> 6)) / 9007199254740992;
  }

  normal(): number {
    let u = this.uniform();
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  bernoulli(p: number): 0 | 1 {
    return this.uniform() < p ? 1 : 0;
  }

  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  intBetween(lo: number, hi: number): number {
    return lo + Math.floor(this.uniform() * (hi - lo + 1));
  }

  poisson(lambda: number): number {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`poisson: mean must be finite and >= 0, got ${lambda}`);
    const u = this.uniform();
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    while (u > cdf && k < 1000) {
      k += 1;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }

  categorical(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] as number;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }
}

/** The stream for one concept (and optionally one subject) of one study. */
export function stream(seed: number, ...keys: Array<string | number>): Rng {
  return createRng(streamSeed(seed, ...keys));
}

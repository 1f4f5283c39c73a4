/**
 * Which Framework build renders which page when the site is built in shards (build-site.ts runs one
 * `observable build` per core, each on a copy of the pages root, and merges their outputs).
 *
 * Framework renders pages one after another in one process, and the study-month pages are over
 * 500, so on two cores two processes cut the wall time. Every shard renders the pages the sidebar
 * lists (Framework renders every page of its `pages` config and indexes them for the search) and
 * the site's own pages: those outputs are the same in every shard, which the merge checks, and
 * shard 0's search index is the one kept. The other study-month pages are dealt out in turn, so
 * every shard renders about the same number.
 */

/** `TRIAL_PAGE_SHARD=i/n`: this build's shard (i from 0), or null when the site is built whole. */
export function pageShard(value: string | undefined): { index: number; count: number } | null {
  if (value === undefined || value === "") return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`TRIAL_PAGE_SHARD must be i/n with 0 ≤ i < n, got ${JSON.stringify(value)}`);
  return { index, count };
}

/**
 * The dynamic paths shard `index` of `count` renders: the paths the sidebar lists (every shard
 * renders those anyway) and every `count`-th of the others.
 *
 * @param paths every study-month page path, in the site's order
 * @param listed the paths the sidebar lists
 * @example
 * shardPaths(["/a", "/b", "/c", "/d"], new Set(["/a"]), 1, 2) // => ["/a", "/c"]
 */
export function shardPaths(paths: readonly string[], listed: ReadonlySet<string>, index: number, count: number): string[] {
  if (count === 1) return [...paths];
  let k = 0;
  return paths.filter((p) => listed.has(p) || k++ % count === index);
}

import { describe, expect, it } from "vitest";
import { pageShard, shardPaths } from "../../src/build/page-shards.ts";
import { studyMonths } from "../../src/foundation/registry.ts";
import { studyPagePath, studyPages } from "../../src/foundation/routes.ts";

describe("shardPaths", () => {
  it("gives the documented example", () => {
    expect(shardPaths(["/a", "/b", "/c", "/d"], new Set(["/a"]), 1, 2)).toEqual(["/a", "/c"]);
  });

  it("renders every listed page in every shard and every other page in exactly one, evenly", () => {
    const paths = studyMonths().flatMap(({ study, month }) => studyPages.map(({ slug }) => studyPagePath(study, month, slug)));
    const listed = new Set(paths.filter((_, i) => i % 7 === 0));
    for (const count of [1, 2, 3]) {
      const shards = Array.from({ length: count }, (_, i) => shardPaths(paths, listed, i, count));
      for (const shard of shards) for (const p of listed) expect(shard).toContain(p);
      const others = shards.map((s) => s.filter((p) => !listed.has(p)));
      expect(others.flat().sort()).toEqual(paths.filter((p) => !listed.has(p)).sort());
      const sizes = others.map((o) => o.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe("pageShard", () => {
  it("reads i/n and refuses anything else", () => {
    expect(pageShard(undefined)).toBeNull();
    expect(pageShard("1/2")).toEqual({ index: 1, count: 2 });
    expect(() => pageShard("2/2")).toThrow(/TRIAL_PAGE_SHARD/);
    expect(() => pageShard("one")).toThrow(/TRIAL_PAGE_SHARD/);
  });
});

/**
 * The report site (Observable Framework). Everything here is local: no remote fonts, no DuckDB
 * extensions fetched at run time, no CDN (the npm cache is filled from node_modules by
 * `src/build/fill-npm-cache.ts`). Routes and the sidebar derive from the study registry.
 */
import { studies, studyMonths } from "./src/foundation/registry.ts";
import { studyPagePath, studyPages } from "./src/foundation/routes.ts";
import { pageShard, shardPaths } from "./src/build/page-shards.ts";

/** The latest published data cut of a study (data cuts are ascending). */
const latestMonth = (dataCuts: string[]): string => {
  const month = dataCuts[dataCuts.length - 1];
  if (month === undefined) throw new Error("observablehq.config.ts: a study in the registry has no data cuts");
  return month;
};

const sidebarStudyPages = studies.flatMap((study) => studyPages.map(({ slug }) => studyPagePath(study.id, latestMonth(study.dataCuts), slug)));
const allStudyMonthPaths = studyMonths().flatMap(({ study, month }) => studyPages.map(({ slug }) => studyPagePath(study, month, slug)));
// A sharded build (src/build/page-shards.ts) renders its share of the study-month pages from a copy of the root.
const shard = pageShard(process.env.TRIAL_PAGE_SHARD);

export default {
  root: process.env.TRIAL_PAGES_ROOT ?? "pages",
  // Where the site is written (`dist` by default); `npm run publish` builds into its temp folder.
  output: process.env.TRIAL_OUTPUT ?? "dist",
  title: "Trial causal reports",
  // The default theme adds Google Fonts; the site's stylesheet uses system fonts only.
  globalStylesheets: [],
  style: "style.css",
  // An empty icon keeps the browser from asking for /favicon.ico (a 404 in the console). A site built
  // for an encrypted publication (TRIAL_PATIENT_DATA=encrypted, set by publish --encrypt-with-env)
  // tells its pages so: they ask for the passphrase before loading patient-level files
  // (pages/components/patient-data.ts) and make no request for them until then.
  head: `<link rel="icon" href="data:,">${process.env.TRIAL_PATIENT_DATA === "encrypted" ? '\n<meta name="trial-patient-data" content="encrypted">' : ""}`,
  footer:
    "Trial causal reports: reproducible causal-analysis reports for clinical trials. " + "Computed in this browser from frozen Parquet snapshots; no request leaves this site.",
  toc: true,
  pager: false,
  // Local full-text search over the pages listed in the sidebar (MiniSearch is bundled; the
  // index is a file of the site).
  search: true,
  // No DuckDB extension is installed or fetched: the parquet extension would be downloaded from
  // duckdb.org at run time. Pages read Parquet with FileAttachment(...).parquet() (parquet-wasm)
  // and register the Arrow table with DuckDBClient.of({name: table}).
  duckdb: { extensions: { json: null, parquet: null } },
  pages: [
    { name: "Portfolio", path: "/" },
    ...studies.map((study) => {
      const month = latestMonth(study.dataCuts);
      return {
        name: study.id,
        collapsible: true,
        open: false,
        pages: studyPages.map(({ slug, title }) => ({ name: slug === "" ? `${title} (${month})` : title, path: studyPagePath(study.id, month, slug) })),
      };
    }),
    { name: "Validation", path: "/validation" },
    { name: "System check", path: "/system" },
    { name: "Benchmarks", path: "/benchmarks" },
  ],
  // One overview and one cohort page per published study-month (pages/study/[study]/[month]/).
  dynamicPaths: shard === null ? allStudyMonthPaths : shardPaths(allStudyMonthPaths, new Set(sidebarStudyPages), shard.index, shard.count),
};

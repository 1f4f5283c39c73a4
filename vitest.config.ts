import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two files at a time (vitest's default on 2 cores is one): the unit tests run two by two while
    // the e2e project's global setup builds the site. The e2e and archive files (fileParallelism:
    // false) form one group that vitest runs after the unit tests, one file at a time; both wait
    // for the build in their setup files.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "tests/archive/publish/**", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          setupFiles: ["tests/e2e/setup-e2e.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
      {
        // Publishing builds a study-month's site and prints its PDFs (minutes each): its own project.
        test: {
          name: "archive",
          include: ["tests/archive/publish/**/*.test.ts"],
          setupFiles: ["tests/archive/publish/setup-archive.ts"],
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});

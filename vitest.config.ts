import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two files at a time (vitest's default on 2 cores is one): the unit tests run two by two while
    // the e2e project's global setup builds the site; the e2e and archive files wait for the build in
    // their setup files. Then the e2e files also run two at a time (each has its own server and
    // Chromium; a browser test leaves about a third of the two cores idle, so two of them finish
    // in about 60% of the time: 202 s → 119 s on a two-study build), and the archive files last, one
    // at a time (vitest's group of sequential files; each publish lays out pages/data/built/, which
    // the e2e tests do not read). Every project's global setup starts before any group runs.
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
          maxWorkers: 2,
          // After the unit tests (group 0), which run beside the build: two e2e files waiting in their
          // setup for the build would otherwise hold both workers while it runs.
          sequence: { groupOrder: 1 },
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

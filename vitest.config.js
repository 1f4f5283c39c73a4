import { defineConfig } from "vitest/config";
export default defineConfig({
    test: {
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
                    fileParallelism: false,
                    testTimeout: 900_000,
                    hookTimeout: 1_800_000,
                },
            },
        ],
    },
});

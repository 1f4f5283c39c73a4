import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { studies } from "../../../src/foundation/registry.ts";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
describe("pages/data/studies.json.ts", () => {
    it("lists every registry study with what the pickers and headers need, and no ground truth", () => {
        const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "pages/data/studies.json.ts")], { cwd: root });
        expect(run.status).toBe(0);
        const listed = JSON.parse(run.stdout.toString());
        expect(listed.map((s) => s.id)).toEqual(studies.map((s) => s.id));
        for (const [i, s] of listed.entries()) {
            const config = studies[i];
            expect(s).toMatchObject({
                title: config.title,
                assignment: config.source.assignment,
                process: config.source.kind === "synthetic" ? config.source.process : null,
                outcome: config.source.outcome,
                arms: config.arms,
                dataCuts: config.dataCuts,
                covariates: config.covariates,
                primaryOutcome: config.primaryOutcome,
            });
            expect(JSON.stringify(s)).not.toMatch(/trueEffect|seed/);
        }
    });
});

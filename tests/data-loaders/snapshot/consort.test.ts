import { describe, expect, it } from "vitest";
import { buildConsort } from "../../../data-loaders/snapshot/consort.ts";
import { cutDateIso, cutDay } from "../../../data-loaders/synthetic/dates.ts";
import { DROPOUT_REASONS } from "../../../data-loaders/synthetic/parameters.ts";
import { syntheticStudies as studies } from "../../../src/foundation/registry.ts";
import { cutOf, trialOf } from "../trials.ts";

describe.each(studies.map((s) => s.id))("CONSORT log of %s", (id) => {
  it("adds up at every data cut", () => {
    const trial = trialOf(id);
    const config = trial.config;
    for (const month of config.dataCuts) {
      const { subjects } = cutOf(id, month);
      const screenedByCut = trial.screened.filter((s) => s.screen_day <= cutDay(month));
      const log = buildConsort(config, month, cutDateIso(month), screenedByCut as unknown as Array<Record<string, unknown>>, subjects, DROPOUT_REASONS);
      expect(log.screened).toBe(screenedByCut.length);
      let remaining = log.screened;
      for (const step of log.exclusions) {
        expect(step.remaining).toBe(remaining - step.excluded);
        remaining = step.remaining;
        expect(step.excluded).toBeGreaterThan(0); // every criterion excludes someone
      }
      expect(log.exclusions.map((e) => e.id)).toEqual(config.criteria.map((c) => c.id));
      expect(remaining).toBe(log.enrolled);
      expect(log.enrolled).toBe(subjects.length);
      expect(log.arms.reduce((s, a) => s + a.allocated, 0)).toBe(log.enrolled);
      for (const arm of log.arms) {
        expect(arm.discontinued + arm.completed + arm.ongoing).toBe(arm.allocated);
        expect(arm.discontinuedReasons.reduce((s, r) => s + r.n, 0)).toBe(arm.discontinued);
        expect(arm.analysed).toBeLessThanOrEqual(arm.completed);
        expect(arm.allocated).toBe(subjects.filter((s) => s.arm === arm.code).length);
      }
    }
  });

  it("refuses subject rows that the criteria do not reproduce", () => {
    const trial = trialOf(id);
    const month = trial.config.dataCuts[0]!;
    const { subjects } = cutOf(id, month);
    const screened = trial.screened.filter((s) => s.screen_day <= cutDay(month));
    expect(() => buildConsort(trial.config, month, cutDateIso(month), screened as unknown as Array<Record<string, unknown>>, subjects.slice(1), DROPOUT_REASONS)).toThrow(
      /pass the criteria/,
    );
  });
});

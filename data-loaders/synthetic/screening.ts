/**
 * The screening log: who was assessed for eligibility, when, and at which site.
 *
 * Screening is spread evenly over the enrolment months (subject i of N is screened in month
 * ⌊i·M/N⌋ of the M enrolment months, on a uniformly drawn day of that month); screening numbers
 * follow the calendar. A subject who passes the criteria is enrolled and assigned on the day of
 * screening. Subject ids are `<site>-<screening number>`, e.g. `EU03-00042`.
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { drawBaseline } from "./baseline.ts";
import { monthStartDay } from "./dates.ts";
import { COVARIATE_MODEL, SITE_PREFIX } from "./parameters.ts";
import { stream } from "./prng.ts";
import type { ScreenedSubject } from "./types.ts";

/**
 * Every subject screened over the trial, in screening order (day, then draw index).
 *
 * @param config the study; uses `source.seed`, `nScreened`, `firstEnrolment`, `enrolmentMonths`
 */
export function screenSubjects(config: SyntheticStudyConfig): ScreenedSubject[] {
  const { seed, nScreened, firstEnrolment, enrolmentMonths } = config.source;
  const calendar = stream(seed, "screening-calendar");
  const draws = Array.from({ length: nScreened }, (_, index) => {
    const month = Math.floor((index * enrolmentMonths) / nScreened);
    const first = monthStartDay(firstEnrolment, month);
    const days = monthStartDay(firstEnrolment, month + 1) - first;
    return { index, day: first + calendar.int(days) };
  });
  draws.sort((a, b) => a.day - b.day || a.index - b.index);
  return draws.map(({ index, day }, i) => {
    const rng = stream(seed, "baseline", index);
    const baseline = drawBaseline(rng);
    const siteNumber = 1 + rng.int(COVARIATE_MODEL.sites[baseline.region]);
    const site = `${SITE_PREFIX[baseline.region]}${String(siteNumber).padStart(2, "0")}`;
    const seq = i + 1;
    return { index, seq, subject_id: `${site}-${String(seq).padStart(5, "0")}`, site, screen_day: day, ...baseline };
  });
}

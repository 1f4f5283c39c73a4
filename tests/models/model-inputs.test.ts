/** A snapshot without the columns the models need is named precisely (the models are then reported as not trained). */
import { describe, expect, it } from "vitest";
import { checkModelInputs, MissingModelInputError, subjectHistories } from "../../src/models/subject-history.ts";

const subject = { subject_id: "S1", enrol_date: "2025-01-01", treated: 1, age: 50, female: 0, days_on_study: 30, baseline_severity: 12 };
const visit = { subject_id: "S1", visit_number: 0, scheduled_date: "2025-01-01", visit_date: "2025-01-01" };

describe("model inputs", () => {
  it("names every missing column", () => {
    const { days_on_study: _d, ...noDays } = subject;
    const { scheduled_date: _s, ...noSchedule } = visit;
    expect(() => checkModelInputs({ subjects: [noDays], visits: [noSchedule], adverse_events: [], cutDate: "2025-03-31" })).toThrow(
      new MissingModelInputError("the snapshot has no subjects.days_on_study, visits.scheduled_date, which the prediction features need"),
    );
    expect(() => checkModelInputs({ subjects: [subject], visits: [], adverse_events: [], cutDate: "2025-03-31" })).toThrow(/visits \(no rows\)/);
  });
  it("present but invalid values still stop, naming row, subject and column", () => {
    expect(() => subjectHistories({ subjects: [{ ...subject, age: "old" }], visits: [visit], adverse_events: [], cutDate: "2025-03-31" })).toThrow(
      'subjects row 1 (subject S1): column age must be a number, got "old"',
    );
    expect(() => subjectHistories({ subjects: [subject], visits: [{ ...visit, subject_id: "S9" }], adverse_events: [], cutDate: "2025-03-31" })).toThrow(
      /visits row 1: subject_id "S9" is not in subjects/,
    );
  });
});

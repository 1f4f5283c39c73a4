/**
 * Rule `time-to-event-follow-up`, for a snapshot whose subjects carry a time-to-event endpoint
 * (`tte_days`, `tte_event`; the synthetic studies' time to clinical worsening): the time lies within
 * the subject's follow-up, 1 ≤ tte_days ≤ days_on_study; the event indicator is 0 or 1; and a
 * censored subject is censored at the end of follow-up (tte_event = 0 ⇒ tte_days = days_on_study),
 * as data-cut.ts derives it. A time past the follow-up would put an event (or an at-risk day) where
 * the subject was not observed, and the Kaplan–Meier, Cox and RMST estimates would use it silently.
 */
import { violation, type ContractRule } from "./context.ts";

export const timeToEventFollowUp: ContractRule = (tables, context) => {
  const spec = context.schema.find((s) => s.name === "subjects");
  const has = (name: string) => spec?.columns.some((c) => c.name === name) ?? false;
  if (!has("tte_days") || !has("tte_event") || !has("days_on_study")) return;
  tables.subjects.forEach((row, i) => {
    const time = row.tte_days;
    const event = row.tte_event;
    const followUp = row.days_on_study;
    // required-values and column-types report missing or mistyped values.
    if (typeof time !== "number" || typeof followUp !== "number") return;
    if (event !== 0 && event !== 1) {
      violation(context, "subjects", i, row, { column: "tte_event", value: event, rule: "time-to-event-follow-up: tte_event is 1 (event) or 0 (censored)" });
      return;
    }
    if (time < 1 || time > followUp) {
      violation(context, "subjects", i, row, {
        column: "tte_days",
        value: time,
        rule: `time-to-event-follow-up: tte_days lies within the subject's follow-up, 1 to days_on_study (${followUp})`,
      });
    } else if (event === 0 && time !== followUp) {
      violation(context, "subjects", i, row, {
        column: "tte_days",
        value: time,
        rule: `time-to-event-follow-up: a censored subject (tte_event 0) is censored at the end of follow-up, tte_days = days_on_study (${followUp})`,
      });
    }
  });
};

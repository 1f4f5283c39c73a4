/**
 * The CDISC pilot CSR tables' specifications as the published tables print them (ADaM column
 * names; labels and levels as printed), shared by the ADaM and snapshot tests.
 */
import type { DemographicVariable } from "../../../src/analysis/trial-tables/demographics-table.ts";
import type { EfficacyOptions } from "../../../src/analysis/trial-tables/efficacy-table.ts";
import { cdiscPilotStudy } from "../../../src/foundation/cdisc-pilot.ts";

/** Table 14-2.01's blocks. */
export const PILOT_DEMOGRAPHICS: DemographicVariable[] = [
  { kind: "continuous", column: "AGE", label: "Age (y)" },
  {
    kind: "categorical",
    column: "AGEGR1",
    label: "",
    levels: [
      { value: "<65", label: "<65 yrs" },
      { value: "65-80", label: "65-80 yrs" },
      { value: ">80", label: ">80 yrs" },
    ],
  },
  {
    kind: "categorical",
    column: "SEX",
    label: "Sex",
    showN: true,
    levels: [
      { value: "M", label: "Male" },
      { value: "F", label: "Female" },
    ],
  },
  {
    kind: "categorical",
    column: "RACE_ORIGIN",
    label: "Race (Origin)",
    showN: true,
    levels: ["Caucasian", "African Descent", "Hispanic", "Other"].map((v) => ({ value: v, label: v })),
  },
  { kind: "continuous", column: "MMSETOT", label: "MMSE" },
  { kind: "continuous", column: "DURDIS", label: "Duration of disease" },
  {
    kind: "categorical",
    column: "DURDSGR1",
    label: "",
    levels: [
      { value: "<12", label: "<12 months" },
      { value: ">=12", label: ">=12 months" },
    ],
  },
  { kind: "continuous", column: "EDUCLVL", label: "Years of education" },
  { kind: "continuous", column: "WEIGHTBL", label: "Baseline weight(kg)" },
  { kind: "continuous", column: "HEIGHTBL", label: "Baseline height(cm)" },
  { kind: "continuous", column: "BMIBL", label: "Baseline BMI" },
  { kind: "categorical", column: "BMIBLGR1", label: "", levels: ["<25", "25-<30", ">=30"].map((v) => ({ value: v, label: v })) },
];

/** Table 14-1.02's reasons for early termination (ADSL DCREASCD) as printed, the two tested ones marked. */
export const PILOT_REASONS = [
  { value: "Adverse Event", label: "Adverse Event", test: true },
  { value: "Death", label: "Death" },
  { value: "Lack of Efficacy", label: "Lack of Efficacy[2]", test: true },
  { value: "Lost to Follow-up", label: "Lost to Follow-up" },
  { value: "Withdrew Consent", label: "Subject decided to withdraw" },
  { value: "Physician Decision", label: "Physician decided to withdraw subject" },
  { value: "I/E Not Met", label: "Protocol criteria not met" },
  { value: "Protocol Violation", label: "Protocol violation" },
  { value: "Sponsor Decision", label: "Sponsor decision" },
];

/** Table 14-3.01 / 14-3.02: doses for the dose response and the comparison labels as printed, from the study entry (its plan and CSR layout). */
export const PILOT_EFFICACY: EfficacyOptions = {
  doses: cdiscPilotStudy.prespecified!.doses!,
  treatedLabel: cdiscPilotStudy.csrTables!.comparisonLabels!.treated,
  shortLabels: cdiscPilotStudy.csrTables!.comparisonLabels!.arms,
};

/**
 * The same CDISC pilot domains in two formats — SAS transport (sdtm/*.xpt, the CDISC pilot
 * submission) and Dataset-JSON 1.1 (datasetjson/*.json, R Consortium Submission Pilot 5, made from
 * those XPT files with R haven + datasetjson) — must give identical records through our two
 * readers.
 *
 * Genuine differences between the files, documented here rather than hidden:
 * 1. The Dataset-JSON files depart from the 1.1 specification in two ways the reader only accepts
 *    when told to (`tolerate`), counting each: the dataset `label` is `[]` instead of a string
 *    (the XPT members have a blank label, so both read as ""), and `decimal` values are R's
 *    `format()` output: padded with blanks to a common width (`"  1"`, `" 13.000000000000000"`)
 *    and `"NA"`/`" NA"` for missing instead of `null`. The exact counts per column are below.
 * 2. Dataset names differ in case: XPT member `DM`, Dataset-JSON `name` "dm".
 * 3. Variable lengths differ: XPT stores the declared SAS length (e.g. AETERM 200), Dataset-JSON
 *    `length` is the longest value actually present (AETERM 46: the Pilot 5 conversion script sets
 *    `length` to the maximum `nchar`); decimal columns have no `length` in Dataset-JSON. Lengths
 *    are metadata, not records; the exact list per domain is below.
 * 4. Nothing else: names, order, labels, types (XPT num = Dataset-JSON decimal, XPT char =
 *    string), formats (none), row count, row order and every value agree exactly. SDTM --DTC
 *    variables are ISO 8601 text in both, so no date conversion is involved.
 * Rows are compared by position and again matched on their keys (USUBJID and --SEQ; DM by
 * USUBJID; SV by USUBJID, VISITNUM and SVSTDTC, because subject 01-711-1143 has two visits
 * numbered 9.2 "UNSCHEDULED 9.2", on 2013-06-22 and 2013-09-22).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareDatasets } from "../../../data-loaders/readers/compare-datasets.ts";
import { readDatasetJson, type DatasetJsonTolerance } from "../../../data-loaders/readers/dataset-json.ts";
import { readXptDataset } from "../../../data-loaders/readers/xpt.ts";
import { cdiscDataDir } from "./cdisc-data.ts";

const tolerate: DatasetJsonTolerance[] = ["label-not-string", "decimal-na-string", "decimal-padded"];

const keys: Record<string, string[]> = {
  dm: ["USUBJID"],
  ds: ["USUBJID", "DSSEQ"],
  ae: ["USUBJID", "AESEQ"],
  ex: ["USUBJID", "EXSEQ"],
  sv: ["USUBJID", "VISITNUM", "SVSTDTC"],
};

/** [XPT declared length, Dataset-JSON length (null: none declared)] of every column where they differ. */
const lengthDifferences: Record<string, Record<string, [number, number | null]>> = {
  dm: {
    RFXSTDTC: [20, 10],
    RFXENDTC: [20, 10],
    RFICDTC: [20, 1],
    RFPENDTC: [20, 16],
    DTHDTC: [20, 10],
    AGE: [8, null],
    AGEU: [6, 5],
    RACE: [78, 32],
    ETHNIC: [25, 22],
    DMDY: [8, null],
  },
  ds: { DSSEQ: [8, null], DSDECOD: [63, 27], VISITNUM: [8, null], VISIT: [19, 17], DSDTC: [19, 16], DSSTDY: [8, null] },
  ae: {
    AESEQ: [8, null],
    AETERM: [200, 46],
    AELLT: [100, 46],
    AELLTCD: [8, null],
    AEDECOD: [200, 46],
    AEPTCD: [8, null],
    AEHLT: [100, 8],
    AEHLTCD: [8, null],
    AEHLGT: [100, 9],
    AEHLGTCD: [8, null],
    AEBDSYCD: [8, null],
    AESOC: [100, 67],
    AESOCCD: [8, null],
    AEACN: [30, 1],
    AEOUT: [200, 26],
    AESTDY: [8, null],
    AEENDY: [8, null],
  },
  ex: { EXSEQ: [8, null], EXDOSE: [8, null], VISITNUM: [8, null], VISIT: [19, 8], VISITDY: [8, null], EXSTDY: [8, null], EXENDY: [8, null] },
  sv: { VISITNUM: [8, null], VISITDY: [8, null] },
};

/** Tolerated departures counted by the Dataset-JSON reader: "<rule> <column>" → cells. */
const deviationCounts: Record<string, Record<string, number>> = {
  dm: { "label-not-string (dataset label)": 1, "decimal-padded DMDY": 174, "decimal-na-string DMDY": 52 },
  ds: { "label-not-string (dataset label)": 1, "decimal-padded VISITNUM": 559, "decimal-padded DSSTDY": 259, "decimal-na-string DSSTDY": 52 },
  ae: {
    "label-not-string (dataset label)": 1,
    "decimal-padded AESEQ": 1084,
    "decimal-na-string AELLTCD": 1191,
    "decimal-na-string AEPTCD": 1191,
    "decimal-na-string AEHLTCD": 1191,
    "decimal-na-string AEHLGTCD": 1191,
    "decimal-na-string AEBDSYCD": 1191,
    "decimal-na-string AESOCCD": 1191,
    "decimal-padded AESTDY": 1186,
    "decimal-padded AEENDY": 1011,
    "decimal-na-string AEENDY": 473,
    "decimal-na-string AESTDY": 26,
  },
  ex: {
    "label-not-string (dataset label)": 1,
    "decimal-padded EXDOSE": 226,
    "decimal-padded VISITNUM": 480,
    "decimal-padded VISITDY": 480,
    "decimal-padded EXSTDY": 480,
    "decimal-padded EXENDY": 341,
    "decimal-na-string EXENDY": 6,
  },
  sv: { "label-not-string (dataset label)": 1, "decimal-padded VISITNUM": 3447, "decimal-padded VISITDY": 2777, "decimal-na-string VISITDY": 196 },
};

for (const domain of ["dm", "ds", "ae", "ex", "sv"]) {
  describe(`${domain.toUpperCase()}: sdtm/${domain}.xpt and datasetjson/${domain}.json`, () => {
    const dir = cdiscDataDir();
    const xpt = readXptDataset(path.join(dir, "sdtm", `${domain}.xpt`));
    const json = readDatasetJson(path.join(dir, "datasetjson", `${domain}.json`), { tolerate });

    it("hold identical records, compared by position", () => {
      const c = compareDatasets(xpt, json);
      expect(c.valueDifferences).toEqual([]);
      expect(c.columnsOnlyInLeft).toEqual([]);
      expect(c.columnsOnlyInRight).toEqual([]);
      expect(c.columnOrderDiffers).toBe(false);
      expect(c.typeDifferences).toEqual([]);
      expect(c.rowCount.left).toBe(c.rowCount.right);
      expect(c.recordsIdentical).toBe(true);
    });

    it(`hold identical records, matched on ${keys[domain]?.join(" + ")}`, () => {
      const c = compareDatasets(xpt, json, { keys: keys[domain] as string[] });
      expect(c.keyDifferences).toEqual([]);
      expect(c.valueDifferences).toEqual([]);
      expect(c.recordsIdentical).toBe(true);
    });

    it("agree on variable names, labels, types and formats; differ only in declared lengths (documented)", () => {
      const c = compareDatasets(xpt, json);
      expect(c.metadataDifferences.filter((m) => m.attribute !== "length")).toEqual([]);
      const lengths = Object.fromEntries(c.metadataDifferences.filter((m) => m.attribute === "length").map((m) => [m.column, [m.left, m.right]]));
      expect(lengths).toEqual(lengthDifferences[domain]);
      expect(json.variables.map((v) => `${v.type}:${v.sourceType}`).every((t) => t === "num:decimal" || t === "char:string")).toBe(true);
    });

    it("differ in dataset name case only (labels both empty)", () => {
      expect(xpt.name).toBe(domain.toUpperCase());
      expect(json.name).toBe(domain);
      expect([xpt.label, json.label]).toEqual(["", ""]);
      expect(json.datasetJson.records).toBe(xpt.rowCount);
    });

    it("needed exactly these tolerated departures from Dataset-JSON 1.1", () => {
      const counts = Object.fromEntries(json.deviations.map((d) => [`${d.rule.split(":")[0]} ${d.column ?? "(dataset label)"}`, d.count]));
      expect(counts).toEqual(deviationCounts[domain]);
    });
  });
}

import { describe, expect, it } from "vitest";
import { sasDateTimeToIso, sasDateToIso, sasFormatKind, sasFormatName, sasTimeToIso, toIsoDateView } from "../../../data-loaders/readers/sas-dates.ts";
import type { Dataset } from "../../../data-loaders/readers/types.ts";

describe("sasDateToIso", () => {
  it("counts days from 1960-01-01", () => {
    expect(sasDateToIso(0)).toBe("1960-01-01");
    expect(sasDateToIso(19725)).toBe("2014-01-02");
    expect(sasDateToIso(-1)).toBe("1959-12-31");
    expect(sasDateToIso(-137774)).toBe("1582-10-15");
    expect(sasDateToIso(2936549)).toBe("9999-12-31");
    expect(sasDateToIso(14669)).toBe("2000-02-29");
  });
  it("truncates a fractional day towards the earlier day", () => {
    expect(sasDateToIso(19725.9)).toBe("2014-01-02");
    expect(sasDateToIso(-0.5)).toBe("1959-12-31");
  });
  it("refuses non-finite values and years beyond 9999", () => {
    expect(() => sasDateToIso(Number.NaN)).toThrow(RangeError);
    expect(() => sasDateToIso(2936550)).toThrow(/year 10000/);
  });
});

describe("sasDateTimeToIso", () => {
  it("counts seconds from 1960-01-01T00:00:00, without a zone", () => {
    expect(sasDateTimeToIso(0)).toBe("1960-01-01T00:00:00");
    expect(sasDateTimeToIso(19725 * 86400 + 42300)).toBe("2014-01-02T11:45:00");
    expect(sasDateTimeToIso(-1)).toBe("1959-12-31T23:59:59");
  });
  it("keeps milliseconds when there are any (truncated)", () => {
    expect(sasDateTimeToIso(1.5)).toBe("1960-01-01T00:00:01.500");
    expect(sasDateTimeToIso(-0.25)).toBe("1959-12-31T23:59:59.750");
  });
});

describe("sasTimeToIso", () => {
  it("formats seconds since midnight", () => {
    expect(sasTimeToIso(0)).toBe("00:00:00");
    expect(sasTimeToIso(42300)).toBe("11:45:00");
    expect(sasTimeToIso(86399.5)).toBe("23:59:59.500");
  });
  it("refuses a duration that is not a time of day", () => {
    expect(() => sasTimeToIso(86400)).toThrow(/not a time of day/);
    expect(() => sasTimeToIso(-1)).toThrow(RangeError);
  });
});

describe("sasFormatKind", () => {
  it("reads the kind from the format name whatever the width", () => {
    expect(sasFormatKind("DATE9")).toBe("date");
    expect(sasFormatKind("DATE9.")).toBe("date");
    expect(sasFormatKind("YYMMDD10")).toBe("date");
    expect(sasFormatKind("E8601DA10.")).toBe("date");
    expect(sasFormatKind("DATETIME20")).toBe("datetime");
    expect(sasFormatKind("E8601DT19")).toBe("datetime");
    expect(sasFormatKind("DATEAMPM")).toBe("datetime");
    expect(sasFormatKind("TIME8")).toBe("time");
    expect(sasFormatKind("HHMM")).toBe("time");
    expect(sasFormatKind("8.1")).toBeNull();
    expect(sasFormatKind("")).toBeNull();
    expect(sasFormatKind("$CHAR20")).toBeNull();
    expect(sasFormatKind("BEST12")).toBeNull();
  });
  it("separates the name from the width", () => {
    expect(sasFormatName("E8601DA10")).toBe("E8601DA");
    expect(sasFormatName("$CHAR200.")).toBe("$CHAR");
    expect(sasFormatName("8.2")).toBe("");
  });
});

describe("toIsoDateView", () => {
  const dataset: Dataset = {
    source: { file: "x.xpt", format: "xpt" },
    name: "X",
    label: "",
    variables: [
      { name: "ADT", label: "", type: "num", length: 8, format: "DATE9", informat: "", position: 0 },
      { name: "ADTM", label: "", type: "num", length: 8, format: "DATETIME20", informat: "", position: 8 },
      { name: "AVAL", label: "", type: "num", length: 8, format: "8.2", informat: "", position: 16 },
    ],
    rows: [
      { ADT: 19725, ADTM: 0, AVAL: 19725 },
      { ADT: null, ADTM: null, AVAL: null },
    ],
    rowCount: 2,
    specialMissing: [],
    deviations: [],
  };
  it("turns dates and datetimes into ISO text and leaves other numbers alone", () => {
    const view = toIsoDateView(dataset);
    expect(view.rows).toEqual([
      { ADT: "2014-01-02", ADTM: "1960-01-01T00:00:00", AVAL: 19725 },
      { ADT: null, ADTM: null, AVAL: null },
    ]);
    expect(view.variables.map((v) => [v.name, v.type, v.sourceType])).toEqual([
      ["ADT", "char", "date"],
      ["ADTM", "char", "datetime"],
      ["AVAL", "num", undefined],
    ]);
    expect(dataset.rows[0]?.ADT).toBe(19725); // the input is not modified
  });
  it("names the row and column of a value it cannot convert", () => {
    const bad: Dataset = { ...dataset, variables: [{ ...dataset.variables[0]!, format: "TIME8" }], rows: [{ ADT: 1 }, { ADT: 90000 }] };
    expect(() => toIsoDateView(bad)).toThrow("x.xpt: row 2, column ADT: sasTimeToIso: 90000 s is not a time of day (0 <= s < 86400)");
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { archiveRoot, parseArgs, projectRoot } from "../../src/archive/cli-args.ts";

const spec = { values: ["study", "out", "override"], switches: ["allow-dirty"] };

describe("parseArgs", () => {
  it("reads --name value, --name=value, switches and positionals", () => {
    const args = parseArgs(["--study", "S", "--override=a = b", "--allow-dirty", "folder"], spec);
    expect(args.values).toEqual(
      new Map([
        ["study", "S"],
        ["override", "a = b"],
      ]),
    );
    expect(args.switches).toEqual(new Set(["allow-dirty"]));
    expect(args.positional).toEqual(["folder"]);
  });

  it("rejects an unknown option and a missing value", () => {
    expect(() => parseArgs(["--force"], spec)).toThrow(/unknown option --force/);
    expect(() => parseArgs(["--study"], spec)).toThrow(/--study needs a value/);
  });
});

describe("archiveRoot", () => {
  it("is --out, else $TRIAL_ARCHIVE_ROOT, else ./archive", () => {
    expect(archiveRoot(parseArgs(["--out", "/x/y"], spec), { TRIAL_ARCHIVE_ROOT: "/env" })).toBe("/x/y");
    expect(archiveRoot(parseArgs([], spec), { TRIAL_ARCHIVE_ROOT: "/env" })).toBe("/env");
    expect(archiveRoot(parseArgs([], spec), {})).toBe(path.join(projectRoot, "archive"));
  });
});

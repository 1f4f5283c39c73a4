#!/usr/bin/env python3
"""Extract the printed cells of the published CDISCPILOT01 CSR tables into
tests/reference/csr/cdisc-published-tables.json.

Source: Atorus Research's R replication of the CDISC pilot submission's tables
(https://github.com/atorus-research/CDISC_pilot_replication, outputs/<table>.rtf), at the commit
recorded in the JSON. Each table row (\\trowd ... \\row) becomes a list of its cells' text with RTF
line breaks as spaces, bold marks and braces dropped, and whitespace collapsed; rows whose cells
are all empty are left out. Footnotes are the footer's "[n] ..." and "Note: ..." lines.

Usage (from the repository root, with a clone of that repository at the recorded commit):
    python3 tests/reference/csr/extract-published.py <clone> 14-3.03 14-3.13 ...
Tables named are (re)written; the others in the JSON are kept as they are.
"""
import json
import re
import sys

OUT = "tests/reference/csr/cdisc-published-tables.json"


def cells(rtf: str):
    rows = []
    for m in re.finditer(r"\\trowd(.*?)\\row", rtf, re.S):
        out = []
        for c in re.findall(r"\\pard\\intbl\\q[lcr]\{(.*?)\}\\cell", m.group(1), re.S):
            c = c.replace("\\line", " ")
            c = re.sub(r"\\b0|\\b|\\fs20", "", c).replace("{", "").replace("}", "")
            out.append(re.sub(r"\s+", " ", c).strip())
        if any(out):
            rows.append(out)
    return rows


def footnotes(rtf: str):
    footer = re.search(r"\{\\footer(.*?)\n\}", rtf, re.S)
    texts = re.findall(r"\{\\f1\\fs20\\i ([^}]*)\}", footer.group(1) if footer else "")
    # The footnotes and notes; not the program name or the run's timestamp.
    return [re.sub(r"\s+", " ", t).strip() for t in texts if re.match(r"\s*(\[\d+\]|note:)", t, re.I)]


def main() -> None:
    clone, ids = sys.argv[1], sys.argv[2:]
    doc = json.load(open(OUT))
    for table_id in ids:
        path = f"outputs/{table_id}.rtf"
        rtf = open(f"{clone}/{path}", encoding="utf-8").read()
        doc["tables"][table_id] = {"path": path, "rows": cells(rtf), "footnotes": footnotes(rtf)}
    doc["tables"] = dict(sorted(doc["tables"].items()))
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=0, ensure_ascii=False)


if __name__ == "__main__":
    main()

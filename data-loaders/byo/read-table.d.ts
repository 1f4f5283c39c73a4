/**
 * Reads one input table of a bring-your-own study, in any of the four formats, and checks it
 * against the columns its config declares (the schema/type contract of BYO inputs): every declared
 * column is present; each value has the declared type (`string`: text; `number`: a finite number;
 * `integer`: a whole number; `date`: an ISO date `YYYY-MM-DD`, or a SAS date in XPT; `boolean01`:
 * 0 or 1); a `required` column has no missing value. The first breach halts with a ReaderError
 * naming the file, the 1-based row, the column, the value and the rule.
 */
import type { ByoTableFile } from "../../src/foundation/byo-config.ts";
import type { Row } from "../snapshot/schema.ts";
/** The declared columns of the file, typed and checked, one record per row. */
export declare function readByoTable(file: string, spec: ByoTableFile): Promise<Row[]>;

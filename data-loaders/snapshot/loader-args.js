/**
 * Reads `--study` and `--month` from a loader's command line. Framework passes parameterized
 * route values as `--study=SYN-LIN-C --month=2025-12`; `--study SYN-LIN-C` works too.
 */
import { parseArgs } from "node:util";
export function studyMonthArgs(argv) {
    const { values } = parseArgs({ args: [...argv], options: { study: { type: "string" }, month: { type: "string" } }, strict: true, allowPositionals: false });
    if (!values.study || !values.month)
        throw new Error(`the loader needs --study and --month (got ${JSON.stringify(argv)})`);
    return { study: values.study, month: values.month };
}

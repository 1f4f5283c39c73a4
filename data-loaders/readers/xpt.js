/**
 * Reader for SAS transport files, version 5 (XPT; SAS technical note TS-140), the format of SDTM
 * and ADaM submissions.
 *
 * Why not a library: the npm registry has one XPT reader, `xport-js` (0.3.1, two releases,
 * checked 2026). It does not fit a reader that must halt rather than guess and agree with R haven
 * byte for byte: it maps special missing values (`._`, `.A`-`.Z`) to `null` and drops which one
 * it was; it trims leading as well as trailing blanks from character values (haven keeps leading
 * blanks, and DS.DSSPID has them); it counts observations by dividing the file size, so a
 * truncated member or a second member goes unnoticed; its `rowFormat: "object"` option returns
 * arrays; it decodes IBM floats bit by bit with rounding in each addition. The format is small and
 * fully specified, so this reader implements TS-140 directly (headers in `xpt-header.ts`, numbers
 * in `ibm-float.ts`) and is tested value for value against haven on every CDISC pilot file.
 *
 * What it returns: every member of the file, each as a {@link Dataset}; numeric values as
 * doubles (SAS dates stay day counts: see `sas-dates.ts` for the ISO view), numeric missing as
 * `null` with special missing codes kept in `specialMissing`, character values with trailing
 * blanks removed (leading blanks kept), as haven does.
 */
import { readFileSync } from "node:fs";
import { ReaderError } from "./errors.ts";
import { ibmToIeee, sasMissingCode } from "./ibm-float.ts";
import { decodeWindows1252 } from "./windows-1252.ts";
import { formatSpec, isMemberHeader, OBS_HEADER, parseLibraryHeader, parseMemberHeader, parseNamestr, RECORD_LENGTH, recordAt, } from "./xpt-header.ts";
const BLANK = 0x20;
/** Reads an XPT file from disk: see {@link parseXpt}. */
export function readXpt(file, options = {}) {
    return parseXpt(readBytes(file), file, options);
}
/**
 * Reads the one member of an XPT file, or the member named `options.member`. A file with several
 * members and no member named is an error rather than a guess at which one was meant.
 */
export function readXptDataset(file, options = {}) {
    return selectMember(readXpt(file, options), options.member);
}
/** The member named `member`, or the only member when `member` is not given. */
export function selectMember(xpt, member) {
    if (member !== undefined) {
        const found = xpt.members.find((m) => m.name.toUpperCase() === member.toUpperCase());
        if (!found) {
            throw new ReaderError({ file: xpt.file, value: member, rule: `no member of that name; the file holds ${xpt.members.map((m) => m.name).join(", ")}` });
        }
        return found;
    }
    if (xpt.members.length !== 1) {
        throw new ReaderError({
            file: xpt.file,
            value: xpt.members.map((m) => m.name).join(", "),
            rule: `the file holds ${xpt.members.length} members; name the one to read`,
        });
    }
    return xpt.members[0];
}
/**
 * Parses the bytes of an XPT v5 file.
 *
 * @param bytes the whole file
 * @param file the name to use in error messages and `source.file`
 * @param options character encoding (see {@link XptEncoding})
 * @throws ReaderError when the file breaks TS-140: length not a multiple of 80, a header record
 *   missing or malformed, an inconsistent namestr, a member whose data ends inside an
 *   observation (truncation), or a byte the encoding cannot decode
 */
export function parseXpt(bytes, file, options = {}) {
    const encoding = options.encoding ?? "ascii";
    const decode = makeDecoder(encoding);
    if (bytes.length < 3 * RECORD_LENGTH) {
        const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 48))).toString("latin1");
        throw new ReaderError({ file, position: 0, value: head, rule: `file is ${bytes.length} bytes; an XPT v5 file starts with three 80-byte library header records` });
    }
    const library = parseLibraryHeader(bytes, file);
    if (bytes.length % RECORD_LENGTH !== 0) {
        throw new ReaderError({
            file,
            position: bytes.length - (bytes.length % RECORD_LENGTH),
            value: bytes.length,
            rule: "file length must be a multiple of 80 bytes (XPT records are 80 bytes; the file is truncated or padded)",
        });
    }
    const members = [];
    let position = 3 * RECORD_LENGTH;
    if (position >= bytes.length) {
        throw new ReaderError({ file, position, value: bytes.length, rule: "file ends after the library header: an XPT file holds at least one member" });
    }
    while (position < bytes.length) {
        const { member, next } = parseMember(bytes, position, file, decode);
        members.push(member);
        position = next;
    }
    return { file, library, members };
}
function parseMember(bytes, start, file, decode) {
    if (start + 5 * RECORD_LENGTH > bytes.length) {
        throw new ReaderError({ file, position: start, rule: "member header is truncated: a member starts with 5 header records (MEMBER, DSCRPTR, 2 descriptor records, NAMESTR)" });
    }
    const header = parseMemberHeader(bytes, start, file);
    const namestrStart = start + 5 * RECORD_LENGTH;
    const namestrBytes = header.variableCount * header.namestrLength;
    const obsHeaderPosition = namestrStart + Math.ceil(namestrBytes / RECORD_LENGTH) * RECORD_LENGTH;
    if (obsHeaderPosition + RECORD_LENGTH > bytes.length) {
        throw new ReaderError({
            file,
            position: namestrStart,
            value: header.variableCount,
            rule: `member ${header.name}: the file ends inside its ${header.variableCount} namestr records or before its OBS header`,
        });
    }
    const namestrs = [];
    const seen = new Set();
    let rowLength = 0;
    for (let i = 0; i < header.variableCount; i++) {
        const at = namestrStart + i * header.namestrLength;
        const ns = parseNamestr(bytes, at);
        const bad = (column, value, rule) => {
            throw new ReaderError({ file, position: at, column, value, rule: `member ${header.name}, namestr ${i + 1}: ${rule}` });
        };
        if (ns.ntype !== 1 && ns.ntype !== 2)
            bad(ns.name, ns.ntype, "variable type must be 1 (numeric) or 2 (character)");
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(ns.name))
            bad(undefined, ns.name, "variable name must be a SAS name (letter or underscore, then letters, digits, underscores)");
        if (seen.has(ns.name.toUpperCase()))
            bad(ns.name, ns.name, "variable names must be unique within a member");
        seen.add(ns.name.toUpperCase());
        if (ns.ntype === 1 && (ns.length < 2 || ns.length > 8))
            bad(ns.name, ns.length, "numeric length must be 2 to 8 bytes");
        if (ns.ntype === 2 && ns.length < 1)
            bad(ns.name, ns.length, "character length must be at least 1 byte");
        if (ns.varnum !== i + 1)
            bad(ns.name, ns.varnum, `variable number must be ${i + 1} (namestrs are stored in variable order)`);
        if (ns.position !== rowLength)
            bad(ns.name, ns.position, `position in the observation must be ${rowLength} (the sum of the preceding lengths)`);
        rowLength += ns.length;
        namestrs.push(ns);
    }
    const obsHeader = recordAt(bytes, obsHeaderPosition);
    if (obsHeader.text !== OBS_HEADER) {
        throw new ReaderError({ file, position: obsHeaderPosition, value: obsHeader.text.trimEnd(), rule: `member ${header.name}: expected the OBS header record after the namestrs` });
    }
    const dataStart = obsHeaderPosition + RECORD_LENGTH;
    let dataEnd = dataStart;
    while (dataEnd < bytes.length && !isMemberHeader(bytes, dataEnd))
        dataEnd += RECORD_LENGTH;
    const rowCount = countObservations(bytes, dataStart, dataEnd, rowLength, file, header.name);
    const variables = namestrs.map((ns) => ({
        name: ns.name,
        label: decodeLabel(ns.label, decode, file, ns.name),
        type: ns.ntype === 1 ? "num" : "char",
        length: ns.length,
        format: formatSpec(ns.formatName, ns.formatWidth, ns.formatDecimals),
        informat: formatSpec(ns.informatName, ns.informatWidth, ns.informatDecimals),
        position: ns.position,
    }));
    const plans = namestrs.map((ns) => ({ name: ns.name, offset: ns.position, length: ns.length, numeric: ns.ntype === 1 }));
    const { rows, specialMissing } = decodeObservations(bytes, dataStart, rowCount, rowLength, plans, decode, file);
    const member = {
        source: { file, format: "xpt", member: header.name },
        name: header.name,
        label: decodeLabel(header.label, decode, file, undefined),
        variables,
        rows,
        rowCount,
        specialMissing,
        deviations: [],
        xpt: {
            type: header.type,
            sasVersion: header.sasVersion,
            operatingSystem: header.operatingSystem,
            created: header.created,
            modified: header.modified,
            namestrLength: header.namestrLength,
            dataPosition: dataStart,
        },
    };
    return { member, next: dataEnd };
}
/**
 * Number of observations in `bytes[dataStart, dataEnd)`. V5 does not store it: the data is
 * padded with blanks to a record boundary, so the padding is the blank tail shorter than a
 * record. Anything else after the last whole observation means the member was cut short.
 */
function countObservations(bytes, dataStart, dataEnd, rowLength, file, member) {
    const dataLength = dataEnd - dataStart;
    if (rowLength === 0) {
        if (!isBlank(bytes, dataStart, dataEnd)) {
            throw new ReaderError({ file, position: dataStart, rule: `member ${member} has no variables but its observation section is not blank` });
        }
        return 0;
    }
    let count = Math.floor(dataLength / rowLength);
    const tailStart = dataStart + count * rowLength;
    if (dataEnd - tailStart >= RECORD_LENGTH || !isBlank(bytes, tailStart, dataEnd)) {
        throw new ReaderError({
            file,
            position: tailStart,
            row: count + 1,
            value: bytes.subarray(tailStart, Math.min(dataEnd, tailStart + 16)),
            rule: `member ${member} ends inside observation ${count + 1}: ${dataEnd - tailStart} of its ${rowLength} bytes are present and they are not the blank padding of the last record (file truncated?)`,
        });
    }
    // Whole blank observations that fit in the padding (less than one record) are padding too.
    while (count > 0 && dataEnd - (dataStart + (count - 1) * rowLength) < RECORD_LENGTH && isBlank(bytes, dataStart + (count - 1) * rowLength, dataStart + count * rowLength)) {
        count--;
    }
    return count;
}
function isBlank(bytes, start, end) {
    for (let i = start; i < end; i++)
        if (bytes[i] !== BLANK)
            return false;
    return true;
}
function decodeObservations(bytes, dataStart, rowCount, rowLength, plans, decode, file) {
    const rows = new Array(rowCount);
    const specialMissing = [];
    for (let r = 0; r < rowCount; r++) {
        const base = dataStart + r * rowLength;
        const row = {};
        for (const plan of plans) {
            const at = base + plan.offset;
            if (plan.numeric) {
                const code = sasMissingCode(bytes, at, plan.length);
                if (code === null) {
                    row[plan.name] = ibmToIeee(bytes, at, plan.length);
                }
                else {
                    row[plan.name] = null;
                    if (code !== ".")
                        specialMissing.push({ rowIndex: r, column: plan.name, code });
                }
            }
            else {
                let end = at + plan.length;
                while (end > at && (bytes[end - 1] === BLANK || bytes[end - 1] === 0))
                    end--;
                const text = decode(bytes, at, end);
                if (text === null)
                    throw encodingError(bytes, at, end, file, r + 1, plan.name, decode.encoding);
                row[plan.name] = text;
            }
        }
        rows[r] = row;
    }
    return { rows, specialMissing };
}
function makeDecoder(encoding) {
    // One Buffer view per input, reused: creating a Buffer per cell costs more than decoding it.
    let view;
    let viewOf;
    const latin1 = (bytes, start, end) => {
        if (viewOf !== bytes) {
            view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
            viewOf = bytes;
        }
        return view.toString("latin1", start, end);
    };
    const isAscii = (bytes, start, end) => {
        for (let i = start; i < end; i++)
            if (bytes[i] > 0x7f)
                return false;
        return true;
    };
    let fn;
    if (encoding === "latin1")
        fn = latin1;
    else if (encoding === "ascii")
        fn = (b, s, e) => (isAscii(b, s, e) ? latin1(b, s, e) : null);
    else if (encoding === "windows-1252")
        fn = (b, s, e) => (isAscii(b, s, e) ? latin1(b, s, e) : decodeWindows1252(b, s, e));
    else {
        const decoder = new TextDecoder("utf-8", { fatal: true });
        fn = (b, s, e) => {
            if (isAscii(b, s, e))
                return latin1(b, s, e);
            try {
                return decoder.decode(b.subarray(s, e));
            }
            catch {
                return null;
            }
        };
    }
    return Object.assign(fn, { encoding });
}
/** Labels were read as Latin-1 (one char per byte); re-decode them in the file's encoding. */
function decodeLabel(latin1Text, decode, file, column) {
    const raw = Buffer.from(latin1Text, "latin1");
    const text = decode(raw, 0, raw.length);
    if (text === null) {
        throw new ReaderError({
            file,
            column,
            value: raw,
            rule: `${column === undefined ? "dataset" : "variable"} label is not valid ${decode.encoding}; XPT v5 does not record its encoding, so pass the one it was written in ({ encoding: "windows-1252" | "utf-8" | "latin1" })`,
        });
    }
    return text;
}
function encodingError(bytes, start, end, file, row, column, encoding) {
    return new ReaderError({
        file,
        position: start,
        row,
        column,
        value: bytes.subarray(start, end),
        rule: encoding === "ascii"
            ? 'character value has bytes above 0x7F; XPT v5 does not record its encoding, so pass the one it was written in ({ encoding: "windows-1252" | "utf-8" | "latin1" })'
            : `character value is not valid ${encoding}`,
    });
}
function readBytes(file) {
    try {
        return readFileSync(file);
    }
    catch (error) {
        throw new ReaderError({ file, rule: `file cannot be read (${error.message})` });
    }
}

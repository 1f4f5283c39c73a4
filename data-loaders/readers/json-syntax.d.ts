/**
 * Where JSON text stops being valid JSON (RFC 8259). `JSON.parse` reports a position for some
 * errors and not for others ("Unexpected token 'x', ... is not valid JSON", "Unexpected end of
 * JSON input"); this scanner finds it for all of them so that a reader's error can point at the
 * character, line and column.
 */
/**
 * The 0-based character offset of the first syntax error in `text`, or -1 when `text` is valid
 * JSON.
 *
 * @example
 * jsonSyntaxErrorOffset('{"a": 1,}') // => 8
 * jsonSyntaxErrorOffset('[1, 2') // => 5 (end of input)
 * jsonSyntaxErrorOffset('{"a": [true]}') // => -1
 */
export declare function jsonSyntaxErrorOffset(text: string): number;
/** 1-based line and column of a character offset. */
export declare function lineAndColumn(text: string, offset: number): {
    line: number;
    column: number;
};

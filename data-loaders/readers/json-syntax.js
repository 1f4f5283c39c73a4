/**
 * Where JSON text stops being valid JSON (RFC 8259). `JSON.parse` reports a position for some
 * errors and not for others ("Unexpected token 'x', ... is not valid JSON", "Unexpected end of
 * JSON input"); this scanner finds it for all of them so that a reader's error can point at the
 * character, line and column.
 */
class JsonSyntaxStop {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/**
 * The 0-based character offset of the first syntax error in `text`, or -1 when `text` is valid
 * JSON.
 *
 * @example
 * jsonSyntaxErrorOffset('{"a": 1,}') // => 8
 * jsonSyntaxErrorOffset('[1, 2') // => 5 (end of input)
 * jsonSyntaxErrorOffset('{"a": [true]}') // => -1
 */
export function jsonSyntaxErrorOffset(text) {
    let i = 0;
    const stop = () => {
        throw new JsonSyntaxStop(i);
    };
    const skipWhitespace = () => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                return;
        }
    };
    const literal = (word) => {
        for (let k = 0; k < word.length; k++, i++)
            if (text[i] !== word[k])
                stop();
    };
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= text.length)
                stop();
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                stop();
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e === "u") {
                    if (!HEX4.test(text.slice(i + 2, i + 6))) {
                        i += 2;
                        stop();
                    }
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else {
                    i++;
                    stop();
                }
            }
            else
                i++;
        }
    };
    const value = () => {
        skipWhitespace();
        const c = text[i];
        if (c === "{") {
            i++;
            skipWhitespace();
            if (text[i] === "}") {
                i++;
                return;
            }
            for (;;) {
                skipWhitespace();
                if (text[i] !== '"')
                    stop();
                string();
                skipWhitespace();
                if (text[i] !== ":")
                    stop();
                i++;
                value();
                skipWhitespace();
                if (text[i] === ",")
                    i++;
                else if (text[i] === "}") {
                    i++;
                    return;
                }
                else
                    stop();
            }
        }
        else if (c === "[") {
            i++;
            skipWhitespace();
            if (text[i] === "]") {
                i++;
                return;
            }
            for (;;) {
                value();
                skipWhitespace();
                if (text[i] === ",")
                    i++;
                else if (text[i] === "]") {
                    i++;
                    return;
                }
                else
                    stop();
            }
        }
        else if (c === '"')
            string();
        else if (c === "t")
            literal("true");
        else if (c === "f")
            literal("false");
        else if (c === "n")
            literal("null");
        else {
            NUMBER.lastIndex = i;
            if (!NUMBER.test(text))
                stop();
            i = NUMBER.lastIndex;
        }
    };
    try {
        value();
        skipWhitespace();
        if (i < text.length)
            stop();
        return -1;
    }
    catch (error) {
        if (error instanceof JsonSyntaxStop)
            return error.offset;
        throw error;
    }
}
/** 1-based line and column of a character offset. */
export function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
        if (text.charCodeAt(k) === 0x0a) {
            line++;
            lineStart = k + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

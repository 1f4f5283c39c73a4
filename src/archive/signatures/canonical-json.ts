/**
 * Canonical JSON: object keys sorted by code unit at every level, no whitespace, strings escaped
 * as `JSON.stringify` does. The same value always gives the same bytes, whatever order its keys
 * were written in, which is what a signature needs (it signs bytes, not objects).
 *
 * @example canonicalJson({ b: 1, a: ["x", { d: true, c: null }] }) === '{"a":["x",{"c":null,"d":true}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: a ${typeof value} has no JSON form`);
}

/**
 * The browser libraries the site may import (implicitly, through Framework's standard library,
 * or explicitly with `npm:`). `files` are copied verbatim; they are the paths Framework requests
 * (`dist/libraries.js`: `getImplicitDownloads`; `client/stdlib/duckdb.js`, `fileAttachment.js`).
 */
export declare const BROWSER_PACKAGES: ReadonlyArray<{
    name: string;
    files?: readonly string[];
}>;
/**
 * Version of the placeholder directories made for the other libraries Framework's client code
 * names (`npm:react`, `npm:leaflet`, sample datasets ...). Framework resolves every `npm:` import
 * in its client bundle to a version, even the ones a page never uses, and asks the registry when
 * no version directory exists. An empty placeholder answers that question offline; a page that
 * really uses such a library makes the build try to download
 * `npm:NAME@0.0.0-not-in-node-modules/...` and fail, which says what to do: add it to
 * `BROWSER_PACKAGES` and to package.json.
 */
export declare const PLACEHOLDER_VERSION = "0.0.0-not-in-node-modules";
export interface FilledPackage {
    name: string;
    version: string;
    /** `rebuilt` when the bundle was (re)written on this run, `fresh` when the stamp matched. */
    status: "rebuilt" | "fresh";
    bytes: number;
}
export interface FillResult {
    cacheDir: string;
    packages: FilledPackage[];
    /** Libraries given an empty placeholder version directory (see `PLACEHOLDER_VERSION`). */
    placeholders: string[];
    removed: string[];
    ms: number;
}
/** The version of `name` installed at the top of `node_modules`, checked against `package-lock.json`. */
export declare function installedVersion(name: string, root?: string): string;
/**
 * Libraries named by `npm:` specifiers in Framework's client code (what its client bundle
 * resolves) that are neither in `BROWSER_PACKAGES` nor Framework built-ins (`npm:@observablehq/duckdb` ...).
 */
export declare function unbundledClientLibraries(root?: string): string[];
/** Fills `<pagesRoot>/.observablehq/cache/_npm` and clears `_node`. */
export declare function fillNpmCache(pagesRoot?: string, root?: string): Promise<FillResult>;

/**
 * The system page's check of the browser libraries: each package bundled at build time (name and
 * version from package-lock.json) against the address this page resolved for it (Framework serves
 * `npm:` imports from `/_npm/<name>@<version>/`, and Inputs inside its standard library bundle) and,
 * where the library reports one, the version it reports about itself in the browser.
 */
export interface LibraryRow {
  library: string;
  version: string;
  /** The path the page's import resolved to ("–" when the page does not import it). */
  served: string;
  reported: string;
  ok: boolean;
}

/**
 * @param served the URL `import.meta.resolve("npm:<name>")` gave for each library (the page resolves them: the specifiers must be literal)
 * @param reported the version a library reports at run time (d3.version, duckdb.PACKAGE_VERSION)
 * @param base the page's URL, to resolve relative addresses
 */
export function libraryRows(
  packages: ReadonlyArray<{ name: string; version: string }>,
  served: Readonly<Record<string, string>>,
  reported: Readonly<Record<string, string>>,
  base: string,
): LibraryRow[] {
  return packages.map(({ name, version }) => {
    const url = served[name] ?? "";
    const path = url ? new URL(url, base).pathname : "";
    const expected = name === "@observablehq/inputs" ? "/_observablehq/stdlib/inputs." : `/_npm/${name}@${version}/`;
    const reportedOk = reported[name] === undefined || reported[name] === version;
    return { library: name, version, served: path || "–", reported: reported[name] ?? "–", ok: path.includes(expected) && reportedOk };
  });
}

/** References that make a browser fetch from another host, in HTML or CSS. */
export declare function remoteReferences(text: string, kind: "html" | "css"): string[];

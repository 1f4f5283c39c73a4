export declare const MIME_TYPES: Readonly<Record<string, string>>;
export interface StaticServer {
    /** Base URL, e.g. `http://127.0.0.1:3000/`. */
    url: string;
    /** `http://127.0.0.1:PORT`: every request of the site should have this origin. */
    origin: string;
    port: number;
    close(): Promise<void>;
}
/** The file to serve for a URL path, or a redirect, or nothing; never a path outside `root`. */
export declare function resolveRequest(root: string, urlPath: string): Promise<{
    file: string;
} | {
    redirect: string;
} | null>;
/** Serves `root` on `host:port` (port 0: a free port). Resolves once listening. */
export declare function startServer(options: {
    root: string;
    port?: number;
    host?: string;
}): Promise<StaticServer>;

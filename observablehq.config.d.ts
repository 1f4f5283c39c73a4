declare const _default: {
    root: string;
    output: string;
    title: string;
    globalStylesheets: never[];
    style: string;
    head: string;
    footer: string;
    toc: boolean;
    pager: boolean;
    search: boolean;
    duckdb: {
        extensions: {
            json: null;
            parquet: null;
        };
    };
    pages: ({
        name: string;
        path: string;
    } | {
        name: string;
        collapsible: boolean;
        open: boolean;
        pages: {
            name: string;
            path: string;
        }[];
    })[];
    dynamicPaths: string[];
};
export default _default;

/** `01-overview.pdf`, `02-cohort.pdf`, ... in the order of `studyPages`. */
export declare function pdfFileName(index: number, slug: string): string;
export declare function renderReportPdfs(options: {
    siteDir: string;
    study: string;
    month: string;
    outDir: string;
}): Promise<string[]>;

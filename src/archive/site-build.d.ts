export declare function buildStudyMonthSite(options: {
    projectRoot: string;
    study: string;
    month: string;
    outputDir: string;
    publicationFile: string;
    logFile: string;
}): Promise<void>;

export declare function studyMonthArgs(argv: readonly string[]): {
    study: string;
    month: string;
};

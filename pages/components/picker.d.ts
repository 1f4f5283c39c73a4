export interface StudySummary {
    id: string;
    title: string;
    dataCuts: string[];
}
export declare function studyMonthPicker(studies: StudySummary[], current: {
    study: string;
    month: string;
    slug: string;
}): HTMLFormElement;

/** The built (content-hashed) file of a study-month member, e.g. `subjects.parquet`. */
export declare function builtMember(study: string, month: string, member: string): string;
export interface ExpectedStudyMonth {
    enrolled: number;
    byArm: Record<string, number>;
    consistent: true;
    consortEnrolled: number;
    snapshotSha: string;
}
export declare function expectedStudyMonth(study: string, month: string): Promise<ExpectedStudyMonth>;

export declare function writeServeBundle(projectRoot: string, outFile: string): Promise<void>;

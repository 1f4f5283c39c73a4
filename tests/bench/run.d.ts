export interface MachineInfo {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    v8: string;
    platform: string;
}
export declare function machineInfo(): MachineInfo;

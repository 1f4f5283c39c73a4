export declare function zipMembers(members: ReadonlyArray<{
    name: string;
    bytes: Uint8Array;
}>): Uint8Array;

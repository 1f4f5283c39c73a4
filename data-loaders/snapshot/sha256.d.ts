export declare function sha256Hex(bytes: Uint8Array): string;

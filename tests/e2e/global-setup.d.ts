/** Interface names listed in a `/proc/net/dev` dump. */
export declare function parseProcNetDev(text: string): string[];
export default function setup(): Promise<void>;

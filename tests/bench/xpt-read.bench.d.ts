import type { BenchCase } from "./bench.ts";
declare const bench: BenchCase;
export default bench;

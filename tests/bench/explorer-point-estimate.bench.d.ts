import { benchFixture } from "../../pages/components/bench-fixture.ts";
import type { BenchCase } from "./bench.ts";
declare const cases: BenchCase<ReturnType<typeof benchFixture>>[];
export default cases;

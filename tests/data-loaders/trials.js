/** Test helper: each registry study generated once per test file, and its data cuts. */
import { cutTrial } from "../../data-loaders/snapshot/data-cut.ts";
import { cutDay } from "../../data-loaders/synthetic/dates.ts";
import { generateStudy } from "../../data-loaders/synthetic/generate-study.ts";
import { getSyntheticStudy } from "../../src/foundation/registry.ts";
const trials = new Map();
export function trialOf(study) {
    let trial = trials.get(study);
    if (!trial) {
        trial = generateStudy(getSyntheticStudy(study));
        trials.set(study, trial);
    }
    return trial;
}
export function cutOf(study, month) {
    return cutTrial(trialOf(study), cutDay(month));
}
export function finalMonth(study) {
    return getSyntheticStudy(study).dataCuts.at(-1);
}

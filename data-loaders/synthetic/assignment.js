import { standardize } from "./baseline.ts";
import { ASSIGNMENT_MODEL, logistic } from "./parameters.ts";
import { stream } from "./prng.ts";
/** The true propensity e(x) = P(treated | x) of the confounded design. */
export function confoundedPropensity(x) {
    const m = ASSIGNMENT_MODEL.confounded;
    const z = standardize(x);
    const eta = m.intercept + m.age * z.zAge + m.severity * z.zSev + m.diabetes * x.diabetes + m.prior_therapy * x.prior_therapy;
    return m.floor + (m.ceiling - m.floor) * logistic(eta);
}
/**
 * Assigns treatment to subjects given in enrolment order.
 *
 * @returns for each subject, treated (0/1) and the true propensity
 */
export function assignTreatment(config, subjects) {
    const { seed, assignment } = config.source;
    if (assignment === "randomized") {
        const rng = stream(seed, "randomization");
        const size = ASSIGNMENT_MODEL.randomized.blockSize;
        const out = [];
        while (out.length < subjects.length) {
            const block = Array.from({ length: size }, (_, i) => (i < size / 2 ? 0 : 1));
            for (let i = size - 1; i > 0; i--) {
                const j = rng.int(i + 1);
                [block[i], block[j]] = [block[j], block[i]];
            }
            for (const treated of block)
                out.push({ treated, propensity: 0.5 });
        }
        return out.slice(0, subjects.length);
    }
    return subjects.map((x) => {
        const propensity = confoundedPropensity(x);
        return { treated: stream(seed, "assignment", x.index).bernoulli(propensity), propensity };
    });
}

/** Setup file of the archive project: no publish while the e2e project's site build runs (both lay out pages/data/built/). */
import { waitForSiteBuild } from "../../e2e/site-build-wait.ts";

await waitForSiteBuild({ requireSuccess: false });

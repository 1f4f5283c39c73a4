/** Setup file of the e2e project: each file starts once the offline site build has succeeded. */
import { waitForSiteBuild } from "./site-build-wait.ts";

await waitForSiteBuild({ requireSuccess: true });

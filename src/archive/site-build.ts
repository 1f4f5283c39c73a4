/**
 * Builds the site of exactly one study-month into a given folder: `npm run build` (which compiles
 * the estimators, fills the npm cache from node_modules and clears cached loader outputs) with
 * `TRIAL_ONLY=<study>@<month>`, `TRIAL_OUTPUT=<folder>` and `TRIAL_PUBLICATION=<record file>`.
 * With `encryptedPatientData`, also `TRIAL_PATIENT_DATA=encrypted`: the pages are built locked
 * (`pages/components/patient-data.ts`). The build's output is captured to a log file; a failed build is an error quoting its tail.
 */
import { spawn } from "node:child_process";
import { open } from "node:fs/promises";

export async function buildStudyMonthSite(options: {
  projectRoot: string;
  study: string;
  month: string;
  outputDir: string;
  publicationFile: string;
  logFile: string;
  encryptedPatientData?: boolean;
}): Promise<void> {
  const log = await open(options.logFile, "w");
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn("npm", ["run", "build"], {
        cwd: options.projectRoot,
        env: {
          ...process.env,
          TRIAL_ONLY: `${options.study}@${options.month}`,
          TRIAL_OUTPUT: options.outputDir,
          TRIAL_PUBLICATION: options.publicationFile,
          OBSERVABLE_TELEMETRY_DISABLE: "true",
          ...(options.encryptedPatientData ? { TRIAL_PATIENT_DATA: "encrypted" } : {}),
        },
        stdio: ["ignore", log.fd, log.fd],
      });
      child.on("error", reject);
      child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)));
    });
    if (code !== 0) {
      const text = (await log.readFile({ encoding: "utf-8" })).toString();
      throw new Error(`site build for ${options.study} ${options.month} failed (exit ${code}); log ${options.logFile}:\n${text.split("\n").slice(-25).join("\n")}`);
    }
  } finally {
    await log.close();
  }
}

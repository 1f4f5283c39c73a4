/**
 * `npm run archive:serve [-- --out <archive root>] [--port N] [--full] [--trusted-keys <file>]`
 * Verifies every publication (hashes, seals and chain; `--full` also re-runs the analysis; the
 * signatures against the trusted keys when given, else the index says they were not checked),
 * rewrites the root's index.html with the results, and serves the archive root on 127.0.0.1:
 * the index lists every study-month and links to each archived site, PDF and manifest.
 */
import path from "node:path";
import { startServer } from "../../build/serve.ts";
import { refreshArchiveIndex } from "../archive-listing.ts";
import { archiveRoot, parseArgs, runCli } from "../cli-args.ts";
import { readLedger } from "../ledger.ts";
import { readTrustedKeys } from "../signatures/trusted-keys.ts";
import { verifyArchive } from "../verify.ts";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["out", "port", "trusted-keys"], switches: ["full"] });
  const root = archiveRoot(args);
  const port = Number(args.values.get("port") ?? process.env.PORT ?? 3100);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`archive:serve: invalid port ${args.values.get("port")}`);
  const trustedFile = args.values.get("trusted-keys");
  const trustedKeys = trustedFile === undefined ? undefined : await readTrustedKeys(trustedFile);
  const ledger = await readLedger(root);
  if (ledger.length === 0)
    throw new Error(`archive:serve: ${root} has no publications (no ledger.jsonl); publish first: npm run publish -- --study <id> --month <YYYY-MM> --analyst <name>`);
  const statuses = new Map<string, { ok: boolean; summary: string }>();
  for (const entry of ledger) {
    const report = await verifyArchive(path.join(root, ...entry.folder.split("/")), { recompute: args.switches.has("full"), trustedKeys });
    statuses.set(entry.folder, {
      ok: report.ok,
      summary: report.ok ? `${args.switches.has("full") ? "files, chain and numbers" : "files and chain"} checked` : report.problems.join("; "),
    });
  }
  await refreshArchiveIndex(root, new Date().toISOString(), statuses, trustedKeys);
  const server = await startServer({ root, port });
  console.log(
    `Archive ${root}: ${ledger.length} publication(s); ${[...statuses.values()].filter((s) => !s.ok).length} failed verification. Serving at ${server.url} (Ctrl-C to stop)`,
  );
  return new Promise<number>(() => {});
});

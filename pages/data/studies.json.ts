/**
 * Loader for `/data/studies.json`: the study registry as the pages need it (pickers, portfolio,
 * headers). No ground truth (true effects, seeds) is listed here; that is in each snapshot's truth.json.
 */
import { studies } from "../../src/studies/registry.ts";

const summary = studies.map((s) => ({
  id: s.id,
  title: s.title,
  design: s.design,
  indication: s.indication,
  assignment: s.source.assignment,
  process: s.source.process,
  outcome: s.source.outcome,
  arms: s.arms,
  dataCuts: s.dataCuts,
  latestMonth: s.dataCuts[s.dataCuts.length - 1] ?? null,
  criteria: s.criteria.map((c) => ({ id: c.id, kind: c.kind, label: c.label })),
  covariates: s.covariates,
  primaryOutcome: s.primaryOutcome,
  analysis: s.analysis ?? null,
  followUpWeeks: s.source.followUpWeeks,
  visitIntervalWeeks: s.source.visitIntervalWeeks,
}));
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);

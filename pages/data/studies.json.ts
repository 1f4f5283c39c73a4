/**
 * Loader for `/data/studies.json`: the study registry as the pages need it (pickers, portfolio,
 * headers). No ground truth (true effects, seeds) is listed here; that is in each snapshot's truth.json.
 */
import { studies } from "../../src/foundation/registry.ts";

const summary = studies.map((s) => ({
  id: s.id,
  title: s.title,
  design: s.design,
  indication: s.indication,
  assignment: s.source.assignment,
  sourceKind: s.source.kind,
  process: s.source.kind === "synthetic" ? s.source.process : null,
  outcome: s.source.outcome,
  arms: s.arms,
  dataCuts: s.dataCuts,
  latestMonth: s.dataCuts[s.dataCuts.length - 1] ?? null,
  criteria: s.criteria.map((c) => ({ id: c.id, kind: c.kind, label: c.label })),
  covariates: s.covariates,
  primaryOutcome: s.primaryOutcome,
  ...(s.primaryOutcomeLabel ? { primaryOutcomeLabel: s.primaryOutcomeLabel } : {}),
  analysis: s.analysis ?? null,
  analysisCovariates: s.analysisCovariates ?? null,
  prespecified: s.prespecified ?? null,
  csrTables: s.csrTables ?? null,
  followUpWeeks: s.source.kind === "synthetic" ? s.source.followUpWeeks : null,
  visitIntervalWeeks: s.source.kind === "synthetic" ? s.source.visitIntervalWeeks : null,
  subgroups: s.subgroups ?? [],
}));
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);

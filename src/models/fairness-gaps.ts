/**
 * AUROC gaps of a task's test predictions between sexes and between age groups (< 65, ≥ 65), as
 * the pages show them; null when a group lacks events or non-events.
 */
import { rocAuc } from "@trial/estimators";
import type { TaskArtifact } from "./train-task.ts";

export function fairnessGaps(t: TaskArtifact, key: "p_mlp" | "p_logistic"): { sex: number | null; age: number | null } {
  const col = (name: string) => t.test.columns.indexOf(name);
  const [iLabel, iP, iFemale, iAge] = [col("label"), col(key), col("female"), col("age")];
  const auc = (keep: (r: Array<string | number | null>) => boolean) => {
    const rows = t.test.rows.filter(keep);
    const y = rows.map((r) => r[iLabel] as number);
    const events = y.filter((v) => v === 1).length;
    return events > 0 && events < y.length
      ? rocAuc(
          rows.map((r) => r[iP] as number),
          y,
        )
      : null;
  };
  const gap = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.abs(a - b));
  return {
    sex: gap(
      auc((r) => r[iFemale] === 1),
      auc((r) => r[iFemale] === 0),
    ),
    age: gap(
      auc((r) => (r[iAge] as number) < 65),
      auc((r) => (r[iAge] as number) >= 65),
    ),
  };
}

"""Reference values for the classification metrics from scikit-learn.

Reads tests/reference/fixtures/scores400.csv, writes tests/reference/expected/classification-sklearn.json.
Run from the repository root with Debian's python (python3-sklearn):
    /usr/bin/python3 tests/reference/classification/compute_sklearn.py
"""
import csv
import json

import numpy as np
import sklearn
from sklearn.calibration import calibration_curve
from sklearn.metrics import (average_precision_score, brier_score_loss, confusion_matrix,
                             precision_recall_curve, precision_score, recall_score, roc_auc_score,
                             roc_curve)

with open("tests/reference/fixtures/scores400.csv") as f:
    rows = list(csv.DictReader(f))
y = np.array([int(r["label"]) for r in rows])
prob = np.array([float(r["prob"]) for r in rows])
score = np.array([float(r["score"]) for r in rows])

fpr, tpr, thr = roc_curve(y, score, drop_intermediate=False)
prec, rec, pthr = precision_recall_curve(y, score)
prob_true, prob_pred = calibration_curve(y, prob, n_bins=10, strategy="uniform")
bins = np.linspace(0.0, 1.0, 11)
binids = np.searchsorted(bins[1:-1], prob)
counts = np.bincount(binids, minlength=10)
nonempty = counts[counts > 0]
ece = float(np.sum(nonempty / len(prob) * np.abs(prob_pred - prob_true)))
threshold = 0.3
pred = (prob >= threshold).astype(int)
tn, fp, fn, tp = confusion_matrix(y, pred).ravel()

out = {
    "roc_auc_score": float(roc_auc_score(y, score)),
    "roc_auc_prob": float(roc_auc_score(y, prob)),
    # sklearn's curves run from the highest threshold down; its first ROC threshold is inf.
    "roc_curve": {"fpr": fpr.tolist(), "tpr": tpr.tolist(), "thresholds": thr[1:].tolist()},
    # precision_recall_curve returns ascending thresholds and a final (precision 1, recall 0) point.
    "pr_curve": {"precision": prec[:-1][::-1].tolist(), "recall": rec[:-1][::-1].tolist(), "thresholds": pthr[::-1].tolist()},
    "average_precision_score": float(average_precision_score(y, score)),
    "average_precision_prob": float(average_precision_score(y, prob)),
    "brier": float(brier_score_loss(y, prob)),
    "calibration_curve": {"observed": prob_true.tolist(), "mean_predicted": prob_pred.tolist(), "counts": nonempty.tolist()},
    "ece": ece,
    "confusion_at_0_3": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn),
                          "precision": float(precision_score(y, pred)), "recall": float(recall_score(y, pred))},
    "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
}
with open("tests/reference/expected/classification-sklearn.json", "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")

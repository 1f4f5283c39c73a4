"""Ridge-penalised logistic regression reference for fitLogistic({ridge}) (tests/estimators/
logistic-ridge-reference.test.ts), computed by scikit-learn, an implementation independent of R and
of this project: LogisticRegression(penalty="l2", C=1/lambda, solver="newton-cholesky") minimises
C * sum(log-loss) + 0.5 * ||w||^2 with the intercept unpenalised, i.e. maximises
loglik - (lambda/2) * sum(beta_j^2) over the slopes, as fitLogistic does.

Data: tests/reference/fixtures/trial400.csv, treat on age, female, bmi, severity, diabetes and the
region indicators (reference "Americas", levels sorted). Run from the repository root with Debian's
python3 (python3-sklearn): /usr/bin/python3 tests/reference/ridge-logistic.py
"""
import csv
import json

import numpy as np
from sklearn.linear_model import LogisticRegression

with open("tests/reference/fixtures/trial400.csv", newline="") as f:
    rows = list(csv.DictReader(f))
levels = sorted({r["region"] for r in rows})
columns = ["age", "female", "bmi", "severity", "diabetes"] + [f"region={lv}" for lv in levels[1:]]
X = np.array([[float(r[c]) for c in ["age", "female", "bmi", "severity", "diabetes"]] + [1.0 if r["region"] == lv else 0.0 for lv in levels[1:]] for r in rows])
y = np.array([int(r["treat"]) for r in rows])

out = {"columns": ["(Intercept)"] + columns, "fits": []}
for lam in [0.5, 5.0, 50.0]:
    m = LogisticRegression(penalty="l2", C=1.0 / lam, solver="newton-cholesky", tol=1e-14, max_iter=1000)
    m.fit(X, y)
    out["fits"].append({"ridge": lam, "coefficients": [float(m.intercept_[0])] + [float(b) for b in m.coef_[0]], "fitted": [float(p) for p in m.predict_proba(X)[:5, 1]]})
with open("tests/reference/expected/ridge-logistic.json", "w") as f:
    json.dump(out, f, indent=2)
    f.write("\n")

# Reference values for the classification metrics from R: pROC (AUROC and its DeLong CI),
# stats::ks.test (two-sample KS statistic) and glm (calibration slope and intercept).
# Reads tests/reference/fixtures/scores400.csv, writes tests/reference/expected/classification-r.json.
# Run from the repository root: Rscript tests/reference/classification/compute-proc.R
suppressPackageStartupMessages({ library(pROC); library(jsonlite) })
d <- read.csv("tests/reference/fixtures/scores400.csv")
delong <- function(score) {
  r <- roc(d$label, score, levels = c(0, 1), direction = "<", quiet = TRUE)
  ci <- ci.auc(r, method = "delong", conf.level = 0.95)
  list(auc = as.numeric(auc(r)), se = sqrt(var(r, method = "delong")), lower = ci[1], upper = ci[3])
}
lp <- qlogis(d$prob)
out <- list(
  score = delong(d$score),
  prob = delong(d$prob),
  ks = unname(ks.test(d$drift_a, d$drift_b)$statistic),
  calibration = list(
    slope = unname(coef(glm(d$label ~ lp, family = binomial))[2]),
    intercept = unname(coef(glm(d$label ~ 1 + offset(lp), family = binomial))[1])
  ),
  versions = list(R = R.version.string, pROC = as.character(packageVersion("pROC")))
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "tests/reference/expected/classification-r.json")

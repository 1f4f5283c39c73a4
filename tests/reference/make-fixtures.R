# Generates the small fixture data sets that the estimator reference tests read.
# Run from the repository root:  Rscript tests/reference/make-fixtures.R
# The CSVs it writes are committed; rerunning it must reproduce them byte for byte (set.seed,
# values rounded before writing so that R and TypeScript read exactly the same numbers).
# Tested with R 4.2.2 (Debian 12, r-base-core); R >= 3.6 uses the same default sample() RNG.

set.seed(20250101)
n <- 400

age <- round(rnorm(n, 60, 10), 1)
female <- rbinom(n, 1, 0.5)
bmi <- round(rnorm(n, 28, 4), 2)
severity <- round(rnorm(n, 20, 5), 2)
diabetes <- rbinom(n, 1, 0.3)
region <- sample(c("Americas", "Asia", "Europe"), n, replace = TRUE, prob = c(0.3, 0.2, 0.5))

# Confounded treatment assignment.
lp_t <- -0.4 + 0.03 * (age - 60) + 0.08 * (severity - 20) + 0.6 * diabetes + 0.4 * (region == "Europe") - 0.2 * female
treat <- rbinom(n, 1, plogis(lp_t))

# Continuous outcome with a treatment effect that varies with severity.
y <- round(1 + 0.5 * treat + 0.02 * age + 0.1 * severity - 0.3 * diabetes + 0.05 * treat * (severity - 20) +
  0.2 * (region == "Asia") + rnorm(n, 0, 1), 4)
# Binary outcome.
lp_y <- -1 + 0.8 * treat + 0.02 * (age - 60) + 0.05 * (severity - 20) + 0.4 * diabetes - 0.3 * female
ybin <- rbinom(n, 1, plogis(lp_y))

# Arbitrary positive weights, for the weighted statistics (independent of the models).
w <- round(exp(rnorm(n, 0, 0.5)), 4)

# eGFR with about 5% missing, for Table 1's missing counts (not used in the models).
egfr <- round(rnorm(n, 75, 15), 1)
egfr[sample.int(n, 20)] <- NA

arm <- ifelse(treat == 1, "TRT", "PBO")

d <- data.frame(
  id = seq_len(n), arm, treat, age, female, bmi, severity, diabetes, region, egfr, w, y, ybin,
  stringsAsFactors = FALSE
)
write.csv(d, "tests/reference/fixtures/trial400.csv", row.names = FALSE, na = "")
cat("wrote tests/reference/fixtures/trial400.csv:", nrow(d), "rows\n")

# Writes tests/reference/survival/surv300.csv: a seeded three-arm time-to-event fixture for the
# survival estimators (Kaplan-Meier, log-rank, Cox, cox.zph, RMST), and veteran.csv, survival's
# `veteran` data set (Veterans' Administration lung cancer trial) as a second fixture.
# Run from the repository root: Rscript tests/reference/survival/make-fixture.R
set.seed(20261207)
n <- 300
arm <- sample(c("PBO", "LOW", "HIGH"), n, replace = TRUE, prob = c(0.34, 0.33, 0.33))
site <- sample(c("A", "B", "C"), n, replace = TRUE)           # stratum
age <- round(rnorm(n, 65, 9), 1)                               # continuous covariate
female <- rbinom(n, 1, 0.45)                                   # binary covariate
lp <- log(c(PBO = 1, LOW = 0.8, HIGH = 0.6))[arm] + 0.03 * (age - 65) + 0.3 * female +
  c(A = 0, B = 0.25, C = -0.2)[site]
# Weibull event times (shape 1.3), uniform administrative censoring, random dropout;
# rounded to whole days so that tied times are common.
event_time <- (-log(runif(n)) / (0.001 * exp(lp)))^(1 / 1.3)
censor_time <- pmin(runif(n, 120, 400), ifelse(runif(n) < 0.15, runif(n, 1, 300), Inf))
time <- pmax(1, round(pmin(event_time, censor_time)))
status <- as.integer(event_time <= censor_time)
# Arbitrary positive case weights (as inverse-probability weights would be), 3 decimals.
w <- round(runif(n, 0.4, 2.5), 3)
fixture <- data.frame(id = seq_len(n), arm, site, age, female, time, status, w)
out <- "tests/reference/survival"
write.csv(fixture, file.path(out, "surv300.csv"), row.names = FALSE)

library(survival)
v <- veteran
v$trt <- as.integer(v$trt)
write.csv(v, file.path(out, "veteran.csv"), row.names = FALSE)
cat(sprintf("surv300: %d rows, %d events, %d distinct times\n", n, sum(status), length(unique(time))))

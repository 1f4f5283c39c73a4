# What analyseStudyMonth must compute on trial3arm.csv, with base R only (glm, lm, model.matrix):
# for each treated arm vs placebo, on the complete cases (outcome observed): propensity glm on the
# covariates (site_group as treatment contrasts, reference "East"), one outcome model per arm
# (lm or logistic glm), AIPW with its influence-function SE (sd/sqrt(n)), g-computation,
# Horvitz-Thompson and Hajek IPW with their influence-function SEs (propensity treated as known),
# and SMDs before (unweighted) and after ATE weighting (pooled unweighted SD; p(1-p) for binary).
# Run from the repository root: Rscript tests/reference/study-analysis/compute-expected.R
library(jsonlite)
d <- read.csv("tests/reference/study-analysis/trial3arm.csv", stringsAsFactors = FALSE)
d <- d[order(d$subject_id), ]
d$site_group <- factor(d$site_group, levels = c("East", "North", "West"))
form <- ~ age + female + site_group + baseline
se_if <- function(psi) sd(psi) / sqrt(length(psi))

analyse <- function(treated, outcome, binary) {
  s <- d[d$arm %in% c(treated, "PBO") & !is.na(d[[outcome]]), ]
  t <- as.integer(s$arm == treated)
  y <- s[[outcome]]
  X <- model.matrix(form, s)
  ps_fit <- glm(t ~ X - 1, family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
  e <- fitted(ps_fit)
  fam <- if (binary) binomial() else gaussian()
  m1 <- glm(y[t == 1] ~ X[t == 1, ] - 1, family = fam, control = glm.control(epsilon = 1e-14, maxit = 100))
  m0 <- glm(y[t == 0] ~ X[t == 0, ] - 1, family = fam, control = glm.control(epsilon = 1e-14, maxit = 100))
  lin <- function(m) as.vector(X %*% coef(m))
  mu1 <- if (binary) plogis(lin(m1)) else lin(m1)
  mu0 <- if (binary) plogis(lin(m0)) else lin(m0)
  phi1 <- t * (y - mu1) / e + mu1
  phi0 <- (1 - t) * (y - mu0) / (1 - e) + mu0
  aipw <- mean(phi1) - mean(phi0)
  n <- length(y)
  ht1 <- mean(t * y / e); ht0 <- mean((1 - t) * y / (1 - e))
  w1 <- t / e; w0 <- (1 - t) / (1 - e)
  hj1 <- sum(w1 * y) / sum(w1); hj0 <- sum(w0 * y) / sum(w0)
  # Hajek influence function with e treated as known: w(y - mu)/mean(w)
  psi_hj <- w1 * (y - hj1) / mean(w1) - w0 * (y - hj0) / mean(w0)
  psi_ht <- (t * y / e - ht1) - ((1 - t) * y / (1 - e) - ht0)
  w <- ifelse(t == 1, 1 / e, 1 / (1 - e))
  cols <- colnames(X)[-1]
  smd <- function(x, wt) {
    bin <- all(x %in% c(0, 1))
    m1 <- weighted.mean(x[t == 1], wt[t == 1]); m0 <- weighted.mean(x[t == 0], wt[t == 0])
    if (bin) { p1 <- mean(x[t == 1]); p0 <- mean(x[t == 0]); s <- sqrt((p1 * (1 - p1) + p0 * (1 - p0)) / 2) } else s <- sqrt((var(x[t == 1]) + var(x[t == 0])) / 2)
    (m1 - m0) / s
  }
  list(
    comparison = paste0(treated, "-vs-PBO"),
    n_analysed = n, n_treated = sum(t), n_missing_outcome = sum(d$arm %in% c(treated, "PBO") & is.na(d[[outcome]])),
    design_columns = cols,
    propensity_coefficients = unname(coef(ps_fit)),
    propensity_se = unname(sqrt(diag(vcov(ps_fit)))),
    outcome_treated = unname(coef(m1)), outcome_control = unname(coef(m0)),
    aipw = aipw, aipw_se = se_if(phi1 - phi0 - aipw),
    aipw_mean1 = mean(phi1), aipw_mean0 = mean(phi0),
    gcomp = mean(mu1) - mean(mu0),
    ht = ht1 - ht0, ht_se = se_if(psi_ht),
    hajek = hj1 - hj0, hajek_se = se_if(psi_hj),
    smd_before = sapply(cols, function(k) smd(X[, k], rep(1, n)), USE.NAMES = FALSE),
    smd_after = sapply(cols, function(k) smd(X[, k], w), USE.NAMES = FALSE),
    ess = c(sum(w[t == 1])^2 / sum(w[t == 1]^2), sum(w[t == 0])^2 / sum(w[t == 0]^2))
  )
}
out <- list(
  continuous = lapply(c("LOW", "HIGH"), analyse, outcome = "chg", binary = FALSE),
  binary = lapply(c("LOW", "HIGH"), analyse, outcome = "resp", binary = TRUE)
)
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/study-analysis/expected.json")

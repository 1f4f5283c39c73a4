# Writes tests/reference/survival/adjusted.json: inverse-probability-weighted (covariate-adjusted)
# survival on the three-arm fixture surv300.csv, treated = LOW or HIGH, control = PBO.
# Propensity model glm(treated ~ age + female, binomial); weights ATE (1/e, 1/(1-e)) and ATT
# (1, e/(1-e)); then survfit(Surv(time, status) ~ treated, weights = w) (non-integer weights: R's
# robust, infinitesimal-jackknife SE), S1(tau) - S0(tau) and the RMST difference (area under the
# weighted curves) at tau, and coxph(Surv(time, status) ~ treated, weights = w, robust = TRUE).
# Run from the repository root: Rscript tests/reference/survival/adjusted.R
suppressPackageStartupMessages({ library(survival); library(jsonlite) })
d <- read.csv("tests/reference/survival/surv300.csv")
d$treated <- as.integer(d$arm != "PBO")
ps_fit <- glm(treated ~ age + female, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
e <- unname(fitted(ps_fit))
weights <- list(
  ATE = ifelse(d$treated == 1, 1 / e, 1 / (1 - e)),
  ATT = ifelse(d$treated == 1, 1, e / (1 - e))
)
step_at <- function(times, surv, t) { k <- sum(times <= t); if (k == 0) 1 else surv[k] }
rmst_of <- function(times, surv, tau) {
  keep <- times <= tau
  tt <- c(0, times[keep], tau); ss <- c(1, surv[keep])
  sum(diff(tt) * ss)
}
curves_of <- function(fit) {
  st <- if (is.null(fit$strata)) rep("all", length(fit$time)) else rep(names(fit$strata), fit$strata)
  lapply(split(seq_along(fit$time), factor(st, levels = unique(st))), function(k) list(
    time = fit$time[k], n_risk = fit$n.risk[k], n_event = fit$n.event[k], surv = fit$surv[k],
    std_err_surv = fit$std.err[k], lower = fit$lower[k], upper = fit$upper[k]))
}
taus <- c(100, 250)
cases <- lapply(names(weights), function(est) {
  w <- weights[[est]]
  d$w_ipw <- w
  fit_log <- survfit(Surv(time, status) ~ treated, data = d, weights = w_ipw, conf.type = "log")
  fit_loglog <- survfit(Surv(time, status) ~ treated, data = d, weights = w_ipw, conf.type = "log-log")
  cl <- curves_of(fit_log); cll <- curves_of(fit_loglog)
  at_tau <- lapply(taus, function(tau) {
    s0 <- step_at(cl[[1]]$time, cl[[1]]$surv, tau); s1 <- step_at(cl[[2]]$time, cl[[2]]$surv, tau)
    r0 <- rmst_of(cl[[1]]$time, cl[[1]]$surv, tau); r1 <- rmst_of(cl[[2]]$time, cl[[2]]$surv, tau)
    list(tau = tau, s1 = s1, s0 = s0, survival_difference = s1 - s0, rmst1 = r1, rmst0 = r0, rmst_difference = r1 - r0)
  })
  cox <- lapply(c("efron", "breslow"), function(ties) {
    f <- coxph(Surv(time, status) ~ treated, data = d, weights = w_ipw, robust = TRUE, ties = ties)
    list(ties = ties, coef = unname(coef(f)), se = unname(sqrt(diag(f$naive.var))), robust_se = unname(sqrt(diag(f$var))),
         lower = unname(exp(confint(f)))[1], upper = unname(exp(confint(f)))[2])
  })
  list(estimand = est, weights = w, control = cl[[1]], treated = cl[[2]],
       control_loglog = cll[[1]][c("lower", "upper")], treated_loglog = cll[[2]][c("lower", "upper")],
       at_tau = at_tau, cox = cox)
})
names(cases) <- names(weights)

# Full-refit bootstrap of the ATE contrasts at tau = 200 (R's own generator, so only the bootstrap
# SE is comparable with the estimators' seeded bootstrap, statistically): each replicate resamples
# subjects, refits the propensity model, reweights and recomputes the weighted curves.
contrast_at <- function(dd, tau) {
  e_b <- fitted(glm(treated ~ age + female, family = binomial, data = dd))
  dd$w_b <- ifelse(dd$treated == 1, 1 / e_b, 1 / (1 - e_b))
  f <- survfit(Surv(time, status) ~ treated, data = dd, weights = w_b, se.fit = FALSE)
  cl <- curves_of(f)
  c(step_at(cl[[2]]$time, cl[[2]]$surv, tau) - step_at(cl[[1]]$time, cl[[1]]$surv, tau),
    rmst_of(cl[[2]]$time, cl[[2]]$surv, tau) - rmst_of(cl[[1]]$time, cl[[1]]$surv, tau))
}
set.seed(20261207)
B <- 2000
reps <- t(replicate(B, contrast_at(d[sample.int(nrow(d), replace = TRUE), ], 200)))
bootstrap <- list(tau = 200, replicates = B, estimate = contrast_at(d, 200),
  se_survival_difference = sd(reps[, 1]), se_rmst_difference = sd(reps[, 2]),
  percentile_survival_difference = unname(quantile(reps[, 1], c(0.025, 0.975))),
  percentile_rmst_difference = unname(quantile(reps[, 2], c(0.025, 0.975))))

out <- list(bootstrap = bootstrap,
  generated_by = sprintf("%s; survival %s", R.version.string, packageVersion("survival")),
  propensity_coefficients = unname(coef(ps_fit)), propensity = e, cases = cases)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = FALSE), "tests/reference/survival/adjusted.json")
cat("wrote adjusted.json\n")

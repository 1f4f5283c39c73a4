# CDISCPILOT01 time to first dermatologic event (ADaM ADTTE, PARAMCD TTDE, safety population
# SAFFL = "Y"): Kaplan-Meier by planned arm (TRTP) with log and log-log intervals, quartiles and
# numbers at risk at days 0, 20, ..., 180 (CSR figure 14-1), the log-rank test, Cox models (arm as a
# factor, placebo the reference; Efron and Breslow) with cox.zph, and RMST at day 180. Reads the
# sponsor's file with haven (the data stay outside the repository); writes only the estimates to
# tests/reference/survival/cdisc-adtte.json. From the repository root:
#   Rscript tests/reference/survival/cdisc-adtte.R [path/to/cdiscpilot01]
suppressPackageStartupMessages({ library(haven); library(survival); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
a <- as.data.frame(read_xpt(file.path(dir, "adam", "adtte.xpt")))
a <- a[a$PARAMCD == "TTDE" & a$SAFFL == "Y", ]
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
a$TRTP <- factor(a$TRTP, levels = arms)
a$event <- 1 - a$CNSR
risk_times <- seq(0, 180, 20)

km <- function(conf.type) {
  fit <- survfit(Surv(AVAL, event) ~ TRTP, a, conf.type = conf.type)
  q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
  s <- summary(fit, times = risk_times, extend = TRUE)
  ends <- cumsum(fit$strata); starts <- ends - fit$strata + 1
  lapply(seq_along(arms), function(k) {
    i <- starts[k]:ends[k]
    list(arm = arms[k], n = fit$n[k], time = fit$time[i], n_risk = fit$n.risk[i], n_event = fit$n.event[i],
      surv = fit$surv[i], std_err = fit$std.err[i], lower = fit$lower[i], upper = fit$upper[i],
      quantile = unname(q$quantile[k, ]), quantile_lower = unname(q$lower[k, ]), quantile_upper = unname(q$upper[k, ]),
      risk_n = s$n.risk[as.integer(s$strata) == k])
  })
}
lr <- survdiff(Surv(AVAL, event) ~ TRTP, a)
cox <- function(ties) {
  fit <- coxph(Surv(AVAL, event) ~ TRTP, a, ties = ties)
  zph <- cox.zph(fit)
  ci <- summary(fit)$conf.int
  list(coef = unname(coef(fit)), se = unname(sqrt(diag(fit$var))), hr = unname(ci[, 1]),
    hr_lower = unname(ci[, 3]), hr_upper = unname(ci[, 4]), p = unname(summary(fit)$coefficients[, 5]),
    loglik = fit$loglik, lrt = 2 * diff(fit$loglik), wald = fit$wald.test, score = fit$score, iter = fit$iter,
    zph_chisq = unname(zph$table[, "chisq"]), zph_df = unname(zph$table[, "df"]), zph_p = unname(zph$table[, "p"]))
}
# RMST to day 180 per Xanomeline arm vs placebo (survRM2 rmst2 formulas, see compute-expected.R).
rmst1 <- function(time, status, tau) {
  ft <- survfit(Surv(time, status) ~ 1)
  idx <- ft$time <= tau
  wk.time <- sort(c(ft$time[idx], tau))
  areas <- diff(c(0, wk.time)) * c(1, ft$surv[idx])
  v <- ifelse(ft$n.risk[idx] - ft$n.event[idx] == 0, 0, ft$n.event[idx] / (ft$n.risk[idx] * (ft$n.risk[idx] - ft$n.event[idx])))
  list(rmst = sum(areas), se = sqrt(sum(cumsum(rev(areas[-1]))^2 * rev(c(v, 0))[-1])))
}
rmst <- lapply(arms[-1], function(arm) {
  r1 <- with(a[a$TRTP == arm, ], rmst1(AVAL, event, 180))
  r0 <- with(a[a$TRTP == "Placebo", ], rmst1(AVAL, event, 180))
  diff <- r1$rmst - r0$rmst; se <- sqrt(r1$se^2 + r0$se^2)
  list(arm = arm, rmst1 = r1$rmst, se1 = r1$se, rmst0 = r0$rmst, se0 = r0$se, diff = diff, diff_se = se,
    diff_p = 2 * pnorm(-abs(diff) / se))
})
out <- list(survival_version = as.character(packageVersion("survival")), n = nrow(a), arms = arms,
  risk_times = risk_times, km_log = km("log"), km_loglog = km("log-log"),
  logrank = list(n = as.vector(lr$n), obs = lr$obs, exp = lr$exp, chisq = lr$chisq,
    p = pchisq(lr$chisq, length(arms) - 1, lower.tail = FALSE)),
  cox_efron = cox("efron"), cox_breslow = cox("breslow"), rmst180 = rmst)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", null = "null"), "tests/reference/survival/cdisc-adtte.json")
cat("wrote tests/reference/survival/cdisc-adtte.json\n")

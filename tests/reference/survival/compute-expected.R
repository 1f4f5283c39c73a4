# Reference values for the survival estimators (estimators/src/kaplan-meier.ts, log-rank.ts,
# cox.ts, cox-zph.ts, rmst.ts) from R's survival package (Debian 12: r-cran-survival 3.5-3) on the
# fixtures written by make-fixture.R. Writes tests/reference/survival/expected.json.
# RMST: survRM2 is not in Debian, so survRM2's `rmst2` formulas (unadjusted; its internal
# `rmst1`) are written out below on survfit output and are the reference.
# Run from the repository root: Rscript tests/reference/survival/compute-expected.R
suppressPackageStartupMessages({ library(survival); library(jsonlite) })
dir <- "tests/reference/survival"
d <- read.csv(file.path(dir, "surv300.csv"))
d$arm <- factor(d$arm, levels = c("PBO", "LOW", "HIGH"))
d$pair <- (d$id + 1) %/% 2   # clusters of two subjects, for coxph(cluster = )
vet <- read.csv(file.path(dir, "veteran.csv"))
vet$celltype <- factor(vet$celltype, levels = c("squamous", "smallcell", "adeno", "large"))
risk_times <- c(0, 30, 60, 90, 120, 180, 240, 300, 360, 420)

# One survfit curve (or each stratum) as a list of vectors.
km_curves <- function(fit, times) {
  nstrat <- if (is.null(fit$strata)) 1 else length(fit$strata)
  lens <- if (is.null(fit$strata)) length(fit$time) else fit$strata
  ends <- cumsum(lens); starts <- ends - lens + 1
  q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
  s <- summary(fit, times = times, extend = TRUE)
  out <- vector("list", nstrat)
  for (k in seq_len(nstrat)) {
    i <- starts[k]:ends[k]
    qq <- function(m) if (is.matrix(m)) unname(m[k, ]) else unname(m)
    at <- if (is.null(fit$strata)) rep(TRUE, length(s$time)) else as.integer(s$strata) == k
    out[[k]] <- list(
      group = if (is.null(fit$strata)) NULL else sub("^[^=]*=", "", names(fit$strata)[k]),
      n = fit$n[k], time = fit$time[i], n_risk = fit$n.risk[i], n_event = fit$n.event[i],
      n_censor = fit$n.censor[i], surv = fit$surv[i],
      std_err_fit = fit$std.err[i], logse = fit$logse,
      std_err_surv = summary(fit, censored = TRUE)$std.err[if (is.null(fit$strata)) seq_along(i) else which(as.integer(summary(fit, censored = TRUE)$strata) == k)],
      lower = fit$lower[i], upper = fit$upper[i],
      quantile = qq(q$quantile), quantile_lower = qq(q$lower), quantile_upper = qq(q$upper),
      risk_times = s$time[at], risk_n = s$n.risk[at])
  }
  out
}
km_case <- function(formula, data, conf.type, weights = NULL, robust = NULL, conf.int = 0.95) {
  args <- list(formula, data = data, conf.type = conf.type, conf.int = conf.int)
  if (!is.null(weights)) { data$.w <- weights; args$data <- data; args$weights <- quote(.w) }
  if (!is.null(robust)) args$robust <- robust
  fit <- do.call(survfit, args)
  km_curves(fit, risk_times)
}

km <- list(
  arm_log = km_case(Surv(time, status) ~ arm, d, "log"),
  arm_loglog = km_case(Surv(time, status) ~ arm, d, "log-log"),
  arm_loglog_level90 = km_case(Surv(time, status) ~ arm, d, "log-log", conf.int = 0.9),
  all_log = km_case(Surv(time, status) ~ 1, d, "log"),
  arm_weighted_ij_log = km_case(Surv(time, status) ~ arm, d, "log", weights = d$w),
  arm_weighted_ij_loglog = km_case(Surv(time, status) ~ arm, d, "log-log", weights = d$w),
  arm_weighted_greenwood_log = km_case(Surv(time, status) ~ arm, d, "log", weights = d$w, robust = FALSE),
  veteran_trt_log = km_case(Surv(time, status) ~ trt, vet, "log"),
  veteran_trt_loglog = km_case(Surv(time, status) ~ trt, vet, "log-log"),
  # Small cases for the quantile rule: a flat at exactly 0.5 (median = midpoint), a curve that
  # ends at 0.5 with censoring (midpoint with the last time), one that reaches 0.
  tiny_flat = km_case(Surv(time, status) ~ 1, data.frame(time = c(1, 2, 3, 4, 5, 6), status = 1), "log"),
  tiny_end = km_case(Surv(time, status) ~ 1, data.frame(time = c(1, 2, 3, 4, 5, 7), status = c(1, 0, 1, 0, 0, 0)), "log"),
  tiny_zero = km_case(Surv(time, status) ~ 1, data.frame(time = c(1, 2, 2, 3, 4, 5), status = c(1, 1, 0, 1, 0, 1)), "log-log"),
  # Events at time 0, and a zero weight (its time stays a row of the curve, as in R).
  tiny_time0 = km_case(Surv(time, status) ~ 1, data.frame(time = c(0, 0, 1, 2, 3, 3, 4), status = c(1, 0, 1, 1, 0, 1, 0)), "log"),
  tiny_weight0 = km_case(Surv(time, status) ~ 1, data.frame(time = c(1, 2, 3, 4, 5, 6), status = c(1, 1, 0, 1, 1, 0)), "log",
    weights = c(1, 0, 1.5, 1, 2, 1))
)

# Observed and expected summed over strata, df as print.survdiff: groups with E > 0, minus 1.
lr_case <- function(fit) {
  obs <- unname(if (is.matrix(fit$obs)) rowSums(fit$obs) else fit$obs)
  ex <- unname(if (is.matrix(fit$exp)) rowSums(fit$exp) else fit$exp)
  df <- sum(ex > 0) - 1
  list(n = as.vector(fit$n), obs = obs, exp = ex, var = unname(fit$var), chisq = fit$chisq,
    df = df, p = pchisq(fit$chisq, df, lower.tail = FALSE))
}
d_pl <- subset(d, arm != "HIGH"); d_pl$arm <- droplevels(d_pl$arm)
logrank <- list(
  arm = lr_case(survdiff(Surv(time, status) ~ arm, d)),
  arm_strata = lr_case(survdiff(Surv(time, status) ~ arm + strata(site), d)),
  low_vs_pbo = lr_case(survdiff(Surv(time, status) ~ arm, d_pl)),
  veteran_trt = lr_case(survdiff(Surv(time, status) ~ trt, vet)),
  veteran_celltype = lr_case(survdiff(Surv(time, status) ~ celltype, vet)))

cox_case <- function(fit, data, terms = TRUE, conf.int = 0.95) {
  zph <- cox.zph(fit, transform = "km", terms = terms)
  robust <- !is.null(fit$naive.var)
  nv <- if (robust) fit$naive.var else fit$var
  list(names = names(coef(fit)), coef = unname(coef(fit)), se = sqrt(diag(nv)),
    robust_se = if (robust) sqrt(diag(fit$var)) else NULL,
    hr_lower = unname(summary(fit, conf.int = conf.int)$conf.int[, 3]), hr_upper = unname(summary(fit, conf.int = conf.int)$conf.int[, 4]),
    z = unname(summary(fit)$coefficients[, if (robust) 5 else 4]), p = unname(summary(fit)$coefficients[, if (robust) 6 else 5]),
    loglik = fit$loglik, score = fit$score, wald = fit$wald.test, rscore = fit$rscore,
    lrt = 2 * diff(fit$loglik), iter = fit$iter, n = fit$n, nevent = fit$nevent,
    linear_predictors = unname(fit$linear.predictors),
    score_residuals = unname(residuals(fit, type = "score")),
    zph_terms = rownames(zph$table), zph_chisq = unname(zph$table[, "chisq"]),
    zph_df = unname(zph$table[, "df"]), zph_p = unname(zph$table[, "p"]),
    zph_time = zph$time, zph_x = zph$x, zph_y = unname(zph$y))
}
cox <- list(
  efron = cox_case(coxph(Surv(time, status) ~ arm + age + female, d), d),
  efron_singledf = cox_case(coxph(Surv(time, status) ~ arm + age + female, d), d, terms = FALSE),
  breslow = cox_case(coxph(Surv(time, status) ~ arm + age + female, d, ties = "breslow"), d),
  efron_level90 = cox_case(coxph(Surv(time, status) ~ arm + age + female, d), d, conf.int = 0.9),
  strata = cox_case(coxph(Surv(time, status) ~ arm + age + female + strata(site), d), d),
  weighted_robust = cox_case(coxph(Surv(time, status) ~ arm + age + female, d, weights = w, robust = TRUE), d),
  cluster = cox_case(coxph(Surv(time, status) ~ arm + age + female, d, cluster = pair), d),
  breslow_strata_weighted = cox_case(coxph(Surv(time, status) ~ arm + age + female + strata(site), d, weights = w, ties = "breslow", robust = TRUE), d),
  veteran = cox_case(coxph(Surv(time, status) ~ trt + karno + age + celltype, vet), vet))

# survRM2::rmst2 (unadjusted) formulas, as in survRM2 1.0-x's R source: rmst1 is its internal
# one-arm function; the contrasts are rmst2's "unadjusted analysis" block.
rmst1 <- function(time, status, tau, alpha = 0.05) {
  ft <- survfit(Surv(time, status) ~ 1)
  idx <- ft$time <= tau
  wk.time <- sort(c(ft$time[idx], tau))
  wk.surv <- ft$surv[idx]
  wk.n.risk <- ft$n.risk[idx]
  wk.n.event <- ft$n.event[idx]
  time.diff <- diff(c(0, wk.time))
  areas <- time.diff * c(1, wk.surv)
  rmst <- sum(areas)
  wk.var <- ifelse((wk.n.risk - wk.n.event) == 0, 0, wk.n.event / (wk.n.risk * (wk.n.risk - wk.n.event)))
  wk.var <- c(wk.var, 0)
  rmst.var <- sum(cumsum(rev(areas[-1]))^2 * rev(wk.var)[-1])
  rmst.se <- sqrt(rmst.var)
  z <- qnorm(1 - alpha / 2)
  list(rmst = rmst, se = rmst.se, lower = rmst - z * rmst.se, upper = rmst + z * rmst.se)
}
rmst2 <- function(time, status, arm, tau, alpha = 0.05) {
  r1 <- rmst1(time[arm == 1], status[arm == 1], tau, alpha)
  r0 <- rmst1(time[arm == 0], status[arm == 0], tau, alpha)
  z <- qnorm(1 - alpha / 2)
  diff <- r1$rmst - r0$rmst; diff.se <- sqrt(r1$se^2 + r0$se^2)
  lr <- log(r1$rmst / r0$rmst); lr.se <- sqrt(r1$se^2 / r1$rmst^2 + r0$se^2 / r0$rmst^2)
  l1 <- tau - r1$rmst; l0 <- tau - r0$rmst
  ll <- log(l1 / l0); ll.se <- sqrt(r1$se^2 / l1^2 + r0$se^2 / l0^2)
  list(tau = tau, arm1 = r1, arm0 = r0,
    diff = list(est = diff, se = diff.se, lower = diff - z * diff.se, upper = diff + z * diff.se, p = 2 * pnorm(-abs(diff) / diff.se)),
    ratio = list(est = exp(lr), lower = exp(lr - z * lr.se), upper = exp(lr + z * lr.se), p = 2 * pnorm(-abs(lr) / lr.se)),
    rmtl_ratio = list(est = exp(ll), lower = exp(ll - z * ll.se), upper = exp(ll + z * ll.se), p = 2 * pnorm(-abs(ll) / ll.se)))
}
rmst_case <- function(data, treated, tau) {
  s <- subset(data, arm %in% c("PBO", treated))
  rmst2(s$time, s$status, as.integer(s$arm == treated), tau)
}
# survRM2's default tau: the smaller of the two arms' largest event times.
vet_tau <- min(tapply(vet$time[vet$status == 1], vet$trt[vet$status == 1], max))
rmst <- list(
  low_vs_pbo_250 = rmst_case(d, "LOW", 250),
  high_vs_pbo_250 = rmst_case(d, "HIGH", 250),
  high_vs_pbo_100 = rmst_case(d, "HIGH", 100),
  veteran_365 = rmst2(vet$time, vet$status, as.integer(vet$trt == 2), 365),
  veteran_default_tau = rmst2(vet$time, vet$status, as.integer(vet$trt == 2), vet_tau))

out <- list(survival_version = as.character(packageVersion("survival")), r_version = R.version.string,
  risk_times = risk_times, km = km, logrank = logrank, cox = cox, rmst = rmst)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = FALSE),
  file.path(dir, "expected.json"))
cat("wrote", file.path(dir, "expected.json"), "\n")

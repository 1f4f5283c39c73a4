# Computes the reference values that tests/estimators/*.test.ts compare the TypeScript estimators
# with (to 1e-6 relative). Independent of the TypeScript code: models are fitted by R's own glm()
# and lm(), weighted moments by cov.wt(), quantiles by quantile(), intervals by boot::boot.ci();
# the estimator formulas (SMD, IPW, AIPW, influence functions, Crump's rule) are written out here
# from their published definitions.
#
# Run from the repository root (after make-fixtures.R):
#   Rscript tests/reference/compute-expected.R
# Needs r-base-core, r-cran-jsonlite and r-cran-boot (Debian 12: apt-get install r-base-core
# r-cran-jsonlite r-cran-boot). Writes tests/reference/expected/*.json (committed).

suppressPackageStartupMessages({
  library(jsonlite)
  library(boot)
})

d <- read.csv("tests/reference/fixtures/trial400.csv", stringsAsFactors = FALSE)
out_dir <- "tests/reference/expected"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
save <- function(x, name) {
  write_json(x, file.path(out_dir, paste0(name, ".json")), auto_unbox = TRUE, digits = I(17), pretty = TRUE)
}
n <- nrow(d)
tr <- d$treat == 1
meta <- list(
  r_version = R.version.string,
  fixture = "tests/reference/fixtures/trial400.csv",
  script = "tests/reference/compute-expected.R"
)

# ---------------------------------------------------------------- weighted statistics
wvar <- function(x, w, kind) {
  m <- sum(w * x) / sum(w)
  ss <- sum(w * (x - m)^2)
  switch(kind,
    reliability = ss / (sum(w) - sum(w^2) / sum(w)),
    frequency = ss / (sum(w) - 1),
    population = ss / sum(w)
  )
}
cw_unbiased <- cov.wt(matrix(d$age), wt = d$w, method = "unbiased")
cw_ml <- cov.wt(matrix(d$age), wt = d$w, method = "ML")
save(list(
  meta = meta,
  age_mean = mean(d$age),
  age_var = var(d$age),
  age_sd = sd(d$age),
  age_wmean = weighted.mean(d$age, d$w),
  age_wvar_reliability = as.numeric(cw_unbiased$cov),
  age_wvar_population = as.numeric(cw_ml$cov),
  age_wvar_frequency = wvar(d$age, d$w, "frequency"),
  age_wsd_reliability = sqrt(as.numeric(cw_unbiased$cov))
), "weighted-stats")

# ---------------------------------------------------------------- SMD
smd_cont <- function(x, t, w = NULL, denominator = "pooled", sd_from = "unweighted") {
  if (is.null(w)) w <- rep(1, length(x))
  m1 <- weighted.mean(x[t], w[t]); m0 <- weighted.mean(x[!t], w[!t])
  if (sd_from == "unweighted") { v1 <- var(x[t]); v0 <- var(x[!t]) } else {
    v1 <- as.numeric(cov.wt(matrix(x[t]), wt = w[t])$cov); v0 <- as.numeric(cov.wt(matrix(x[!t]), wt = w[!t])$cov)
  }
  s <- switch(denominator, pooled = sqrt((v1 + v0) / 2), treated = sqrt(v1), control = sqrt(v0))
  (m1 - m0) / s
}
smd_bin <- function(x, t, w = NULL, denominator = "pooled", sd_from = "unweighted") {
  if (is.null(w)) w <- rep(1, length(x))
  p1 <- weighted.mean(x[t], w[t]); p0 <- weighted.mean(x[!t], w[!t])
  q1 <- if (sd_from == "unweighted") mean(x[t]) else p1
  q0 <- if (sd_from == "unweighted") mean(x[!t]) else p0
  v1 <- q1 * (1 - q1); v0 <- q0 * (1 - q0)
  s <- switch(denominator, pooled = sqrt((v1 + v0) / 2), treated = sqrt(v1), control = sqrt(v0))
  (p1 - p0) / s
}
smd_cat <- function(x, t, w = NULL, sd_from = "unweighted") {
  if (is.null(w)) w <- rep(1, length(x))
  lev <- sort(unique(x))
  prop <- function(sel, ww) sapply(lev, function(l) sum(ww[sel] * (x[sel] == l)) / sum(ww[sel]))
  p1 <- prop(t, w); p0 <- prop(!t, w)
  q1 <- if (sd_from == "unweighted") prop(t, rep(1, length(x))) else p1
  q0 <- if (sd_from == "unweighted") prop(!t, rep(1, length(x))) else p0
  per_level <- (p1 - p0) / sqrt((q1 * (1 - q1) + q0 * (1 - q0)) / 2)
  # Yang & Dalton (2012): levels 2..k, S = (S1 + S0)/2 with S = diag(p) - p p'.
  k <- length(lev)
  dd <- (p1 - p0)[-1]
  cv <- function(q) { q <- q[-1]; m <- -outer(q, q); diag(m) <- q * (1 - q); m }
  S <- (cv(q1) + cv(q0)) / 2
  list(levels = lev, p1 = unname(p1), p0 = unname(p0), per_level = unname(per_level),
       overall = sqrt(as.numeric(t(dd) %*% solve(S) %*% dd)))
}
save(list(
  meta = meta,
  age = list(
    unweighted = smd_cont(d$age, tr),
    weighted_sd_unweighted = smd_cont(d$age, tr, d$w),
    weighted_sd_weighted = smd_cont(d$age, tr, d$w, sd_from = "weighted"),
    weighted_denominator_treated = smd_cont(d$age, tr, d$w, denominator = "treated"),
    weighted_denominator_control = smd_cont(d$age, tr, d$w, denominator = "control"),
    mean_treated_weighted = weighted.mean(d$age[tr], d$w[tr]),
    mean_control_weighted = weighted.mean(d$age[!tr], d$w[!tr])
  ),
  female = list(
    unweighted = smd_bin(d$female, tr),
    weighted_sd_unweighted = smd_bin(d$female, tr, d$w),
    weighted_sd_weighted = smd_bin(d$female, tr, d$w, sd_from = "weighted")
  ),
  region = list(
    unweighted = smd_cat(d$region, tr),
    weighted_sd_unweighted = smd_cat(d$region, tr, d$w),
    weighted_sd_weighted = smd_cat(d$region, tr, d$w, sd_from = "weighted")
  )
), "smd")

# ---------------------------------------------------------------- variance ratio, ESS
save(list(
  meta = meta,
  age_unweighted = var(d$age[tr]) / var(d$age[!tr]),
  age_weighted = as.numeric(cov.wt(matrix(d$age[tr]), wt = d$w[tr])$cov) / as.numeric(cov.wt(matrix(d$age[!tr]), wt = d$w[!tr])$cov)
), "variance-ratio")
kish <- function(w) sum(w)^2 / sum(w^2)
save(list(meta = meta, all = kish(d$w), treated = kish(d$w[tr]), control = kish(d$w[!tr])), "ess")

# ---------------------------------------------------------------- quantiles, normal distribution
eg <- d$egfr[!is.na(d$egfr)]
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
save(list(meta = meta, probs = probs, egfr = unname(quantile(eg, probs, type = 7))), "quantile")
xs <- c(-40, -8, -5.9, -3, -1.96, -0.6, -1e-10, 0, 0.3, 0.67448975, 0.7, 1, 2.5, 5.6, 5.7, 8, 9)
ps_grid <- c(1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.074, 0.075, 0.3, 0.5, 0.7, 0.925, 0.975, 0.999999)
save(list(meta = meta, x = xs, pnorm = pnorm(xs), p = ps_grid, qnorm = qnorm(ps_grid)), "normal-distribution")

# ---------------------------------------------------------------- Table 1
arm_stats <- function(x, sel) {
  v <- x[sel]; ok <- v[!is.na(v)]
  list(n = length(ok), missing = sum(is.na(v)), mean = mean(ok), sd = sd(ok),
       median = unname(quantile(ok, 0.5)), q1 = unname(quantile(ok, 0.25)), q3 = unname(quantile(ok, 0.75)),
       min = min(ok), max = max(ok))
}
cc <- !is.na(d$egfr)
save(list(
  meta = meta,
  n = list(treated = sum(tr), control = sum(!tr)),
  egfr = list(treated = arm_stats(d$egfr, tr), control = arm_stats(d$egfr, !tr),
              smd = smd_cont(d$egfr[cc], tr[cc]), variance_ratio = var(d$egfr[cc & tr]) / var(d$egfr[cc & !tr])),
  age = list(treated = arm_stats(d$age, tr), control = arm_stats(d$age, !tr), smd = smd_cont(d$age, tr)),
  female = list(treated = sum(d$female[tr]), control = sum(d$female[!tr]),
                p_treated = mean(d$female[tr]), p_control = mean(d$female[!tr]), smd = smd_bin(d$female, tr)),
  region = list(levels = sort(unique(d$region)),
                treated = as.numeric(table(factor(d$region[tr], levels = sort(unique(d$region))))),
                control = as.numeric(table(factor(d$region[!tr], levels = sort(unique(d$region))))),
                smd = smd_cat(d$region, tr)$overall),
  weighted = list(
    age_mean_treated = weighted.mean(d$age[tr], d$w[tr]),
    age_sd_treated = sqrt(as.numeric(cov.wt(matrix(d$age[tr]), wt = d$w[tr])$cov)),
    age_smd = smd_cont(d$age, tr, d$w),
    female_p_control = weighted.mean(d$female[!tr], d$w[!tr]),
    female_smd = smd_bin(d$female, tr, d$w),
    region_smd = smd_cat(d$region, tr, d$w)$overall
  )
), "table-one")

# ---------------------------------------------------------------- regression
ctrl <- glm.control(epsilon = 1e-14, maxit = 100)
f_ps <- treat ~ age + female + bmi + severity + diabetes + region
g <- glm(f_ps, family = binomial, data = d, control = ctrl)
gw <- suppressWarnings(glm(f_ps, family = binomial, data = d, weights = w, control = ctrl))
coef_list <- function(m) list(names = names(coef(m)), coef = unname(coef(m)), se = unname(sqrt(diag(vcov(m)))))
save(list(
  meta = meta,
  unweighted = c(coef_list(g), list(loglik = as.numeric(logLik(g)), deviance = deviance(g))),
  weighted = c(coef_list(gw), list(deviance = deviance(gw)))
), "logistic")
f_y <- y ~ treat + age + female + bmi + severity + diabetes + region
l <- lm(f_y, data = d)
lw <- lm(f_y, data = d, weights = w)
save(list(
  meta = meta,
  unweighted = c(coef_list(l), list(sigma2 = summary(l)$sigma^2, df = l$df.residual)),
  weighted = c(coef_list(lw), list(sigma2 = summary(lw)$sigma^2, df = lw$df.residual))
), "linear")

# ---------------------------------------------------------------- causal estimators
sd_se <- function(psi) sd(psi) / sqrt(length(psi))
ps_model <- function(dd) glm(f_ps, family = binomial, data = dd, control = ctrl)
ht <- function(y, t, e, estimand = "ATE") {
  n <- length(y)
  if (estimand == "ATE") {
    a <- t * y / e; b <- (1 - t) * y / (1 - e)
    m1 <- mean(a); m0 <- mean(b); i1 <- a - m1; i0 <- b - m0
  } else {
    n1 <- sum(t)
    m1 <- sum(t * y) / n1; m0 <- sum((1 - t) * y * e / (1 - e)) / n1
    i1 <- (n / n1) * (t * y - t * m1); i0 <- (n / n1) * ((1 - t) * y * e / (1 - e) - t * m0)
  }
  list(mean1 = m1, mean0 = m0, estimate = m1 - m0, se = sd_se(i1 - i0), i1 = i1, i0 = i0)
}
weights_for <- function(t, e, estimand) switch(estimand,
  ATE = ifelse(t == 1, 1 / e, 1 / (1 - e)),
  ATT = ifelse(t == 1, 1, e / (1 - e)),
  ATO = ifelse(t == 1, 1 - e, e))
hajek <- function(y, t, e, estimand = "ATE") {
  n <- length(y); w <- weights_for(t, e, estimand)
  s1 <- sum(w * t); s0 <- sum(w * (1 - t))
  m1 <- sum(w * t * y) / s1; m0 <- sum(w * (1 - t) * y) / s0
  i1 <- n * w * t * (y - m1) / s1; i0 <- n * w * (1 - t) * (y - m0) / s0
  list(mean1 = m1, mean0 = m0, estimate = m1 - m0, se = sd_se(i1 - i0), i1 = i1, i0 = i0)
}
outcome_models <- function(dd, yname, binary) {
  f <- as.formula(paste(yname, "~ age + female + bmi + severity + diabetes + region"))
  fit <- function(sub) if (binary) glm(f, family = binomial, data = sub, control = ctrl) else lm(f, data = sub)
  m1 <- fit(dd[dd$treat == 1, ]); m0 <- fit(dd[dd$treat == 0, ])
  list(mu1 = unname(predict(m1, newdata = dd, type = "response")), mu0 = unname(predict(m0, newdata = dd, type = "response")),
       coef1 = unname(coef(m1)), coef0 = unname(coef(m0)))
}
aipw <- function(y, t, e, mu1, mu0) {
  phi1 <- t * (y - mu1) / e + mu1; phi0 <- (1 - t) * (y - mu0) / (1 - e) + mu0
  m1 <- mean(phi1); m0 <- mean(phi0)
  list(mean1 = m1, mean0 = m0, estimate = m1 - m0, se = sd_se(phi1 - phi0), i1 = phi1 - m1, i0 = phi0 - m0)
}
gcomp <- function(mu1, mu0, h = rep(1, length(mu1))) {
  m1 <- sum(h * mu1) / sum(h); m0 <- sum(h * mu0) / sum(h); list(mean1 = m1, mean0 = m0, estimate = m1 - m0)
}
ratios <- function(r) {
  p1 <- r$mean1; p0 <- r$mean0
  list(rr = p1 / p0, or = (p1 / (1 - p1)) / (p0 / (1 - p0)),
       se_log_rr = sd_se(r$i1 / p1 - r$i0 / p0),
       se_log_or = sd_se(r$i1 / (p1 * (1 - p1)) - r$i0 / (p0 * (1 - p0))))
}
strip <- function(r) r[setdiff(names(r), c("i1", "i0"))]
crump <- function(e) {
  g <- sort(1 / (e * (1 - e)))
  if (max(g) <= 2 * mean(g)) return(0)
  cm <- cumsum(g) / seq_along(g)
  k <- max(which(g <= 2 * cm))
  gamma <- 2 * cm[k]
  0.5 - sqrt(0.25 - 1 / gamma)
}

e <- unname(fitted(g))
t <- d$treat
om_c <- outcome_models(d, "y", FALSE)
om_b <- outcome_models(d, "ybin", TRUE)
w_ate <- weights_for(t, e, "ATE")
aipw_b <- aipw(d$ybin, t, e, om_b$mu1, om_b$mu0)

# Trimming: Crump's threshold on the full-sample scores, then both models refitted on the kept subjects.
alpha <- crump(e)
keep <- e >= alpha & e <= 1 - alpha
dk <- d[keep, ]
ek <- unname(fitted(ps_model(dk)))
omk <- outcome_models(dk, "y", FALSE)
keep10 <- e >= 0.1 & e <= 0.9
d10 <- d[keep10, ]
e10 <- unname(fitted(ps_model(d10)))
om10 <- outcome_models(d10, "y", FALSE)

save(list(
  meta = meta,
  propensity = list(scores_head = e[1:10], scores_sum = sum(e), min = min(e), max = max(e)),
  weights = list(ate_head = w_ate[1:10], att_head = weights_for(t, e, "ATT")[1:10], ato_head = weights_for(t, e, "ATO")[1:10],
                 ess_ate = list(treated = kish(w_ate[t == 1]), control = kish(w_ate[t == 0]))),
  balance_after_ate_weights = list(age = smd_cont(d$age, tr, w_ate), female = smd_bin(d$female, tr, w_ate),
                                   region = smd_cat(d$region, tr, w_ate)$overall),
  ht = list(continuous_ate = strip(ht(d$y, t, e, "ATE")), continuous_att = strip(ht(d$y, t, e, "ATT")),
            binary_ate = c(strip(ht(d$ybin, t, e, "ATE")), ratios(ht(d$ybin, t, e, "ATE")))),
  hajek = list(continuous_ate = strip(hajek(d$y, t, e, "ATE")), continuous_att = strip(hajek(d$y, t, e, "ATT")),
               continuous_ato = strip(hajek(d$y, t, e, "ATO")),
               binary_ate = c(strip(hajek(d$ybin, t, e, "ATE")), ratios(hajek(d$ybin, t, e, "ATE")))),
  outcome_models = list(continuous_coef1 = om_c$coef1, continuous_coef0 = om_c$coef0, binary_coef1 = om_b$coef1, binary_coef0 = om_b$coef0),
  gcomp = list(continuous_ate = gcomp(om_c$mu1, om_c$mu0), continuous_att = gcomp(om_c$mu1, om_c$mu0, t),
               continuous_ato = gcomp(om_c$mu1, om_c$mu0, e * (1 - e)), binary_ate = gcomp(om_b$mu1, om_b$mu0)),
  aipw = list(continuous_ate = strip(aipw(d$y, t, e, om_c$mu1, om_c$mu0)),
              binary_ate = c(strip(aipw_b), ratios(aipw_b))),
  trimming = list(
    crump_alpha = alpha, crump_kept = sum(keep),
    crump_hajek_ate = strip(hajek(dk$y, dk$treat, ek, "ATE")),
    crump_aipw_ate = strip(aipw(dk$y, dk$treat, ek, omk$mu1, omk$mu0)),
    symmetric_0.1_kept = sum(keep10),
    symmetric_0.1_aipw_ate = strip(aipw(d10$y, d10$treat, e10, om10$mu1, om10$mu0))
  )
), "causal")

# ---------------------------------------------------------------- bootstrap intervals
# The AIPW ATE (continuous outcome), every replicate refitting both models; boot.ci's percentile
# and BCa intervals with the jackknife influence values. The TypeScript test feeds R's replicates
# and estimate to bootstrapIntervals() (the resamples themselves differ: different generators).
aipw_stat <- function(dd, i) {
  b <- dd[i, ]
  eb <- unname(fitted(ps_model(b)))
  om <- outcome_models(b, "y", FALSE)
  aipw(b$y, b$treat, eb, om$mu1, om$mu0)$estimate
}
set.seed(4242)
bt <- boot(d, aipw_stat, R = 999)
L <- empinf(bt, type = "jack")
ci <- boot.ci(bt, conf = 0.95, type = c("perc", "bca"), L = L)
ci90 <- boot.ci(bt, conf = 0.9, type = c("perc", "bca"), L = L)
save(list(
  meta = meta,
  t0 = bt$t0, t = as.numeric(bt$t), L = as.numeric(L),
  perc95 = as.numeric(ci$percent[4:5]), bca95 = as.numeric(ci$bca[4:5]),
  perc90 = as.numeric(ci90$percent[4:5]), bca90 = as.numeric(ci90$bca[4:5])
), "bootstrap")

cat("wrote", length(list.files(out_dir, pattern = "json$")), "files to", out_dir, "\n")

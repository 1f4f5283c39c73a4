# Reference values for the CSR estimators (linear-model, robust-covariance, type-iii-tests,
# ls-means, dose-response, standardization) on the committed three-arm fixture
# tests/reference/study-analysis/trial3arm.csv (complete cases of each outcome).
#
# R 4.2 (Debian 12): apt-get install r-base-core r-cran-jsonlite r-cran-sandwich r-cran-emmeans r-cran-car
# Run from the repository root:  Rscript tests/reference/csr/ancova-expected.R
suppressPackageStartupMessages({
  library(jsonlite)
  library(sandwich)
  library(emmeans)
  library(car)
})
d0 <- read.csv("tests/reference/study-analysis/trial3arm.csv", stringsAsFactors = FALSE)
prep <- function(d) {
  d$arm <- factor(d$arm, levels = c("PBO", "LOW", "HIGH"))
  d$site_group <- factor(d$site_group) # alphabetical, as the library's default
  d$female <- factor(d$female, levels = c(0, 1))
  d
}
d <- prep(d0[!is.na(d0$chg), ])
fit <- lm(chg ~ arm + site_group + female + baseline + age, data = d)
V <- list(classical = vcov(fit), HC0 = vcovHC(fit, type = "HC0"), HC3 = vcovHC(fit, type = "HC3"))

# Type III: drop1 gives the classical partial F tests; the robust Wald F tests are computed by
# hand (car is not in Debian 12's R set): F = b' solve(V_TT) b / q.
terms <- c("arm", "site_group", "female", "baseline", "age")
assign <- attr(model.matrix(fit), "assign")
d1 <- drop1(fit, ~ ., test = "F")
type3 <- lapply(names(V), function(v) {
  lapply(seq_along(terms), function(k) {
    idx <- which(assign == k)
    b <- coef(fit)[idx]
    f <- as.numeric(t(b) %*% solve(V[[v]][idx, idx, drop = FALSE]) %*% b) / length(idx)
    list(term = terms[k], df = length(idx), f = f, p = pf(f, length(idx), fit$df.residual, lower.tail = FALSE))
  })
})
names(type3) <- names(V)
# The same robust tests by car::Anova(type = 3, white.adjust = "hc0" / "hc3") (its hccm covariance).
car_type3 <- lapply(c(HC0 = "hc0", HC3 = "hc3"), function(w) {
  a <- suppressMessages(Anova(fit, type = 3, white.adjust = w))
  lapply(terms, function(t) list(term = t, df = a[t, "Df"], f = a[t, "F"], p = a[t, "Pr(>F)"]))
})
drop1_classical <- lapply(terms, function(t) list(term = t, df = d1[t, "Df"], ss = d1[t, "Sum of Sq"], f = d1[t, "F value"], p = d1[t, "Pr(>F)"]))

lsm <- list()
for (v in names(V)) for (w in c("equal", "proportional", "outer")) {
  em <- emmeans(fit, "arm", weights = w, vcov. = V[[v]])
  s <- summary(em, infer = c(TRUE, FALSE), level = 0.95)
  ct <- contrast(em, "trt.vs.ctrl", ref = 1, adjust = "none")
  cs <- summary(ct, infer = c(TRUE, TRUE), level = 0.95, adjust = "none")
  lsm[[paste(v, w, sep = "/")]] <- list(
    covariance = v, weights = w,
    means = list(level = as.character(s$arm), estimate = s$emmean, se = s$SE, df = s$df, lower = s$lower.CL, upper = s$upper.CL),
    linfct = unname(em@linfct),
    differences = list(contrast = as.character(cs$contrast), estimate = cs$estimate, se = cs$SE, df = cs$df,
                       t = cs$t.ratio, p = cs$p.value, lower = cs$lower.CL, upper = cs$upper.CL)
  )
}

# LS means of the other factors (averaging over the arm), to check a target factor that is not first.
lsm_other <- lapply(list(c("site_group", "proportional"), c("female", "equal")), function(fw) {
  em <- emmeans(fit, fw[1], weights = fw[2])
  s <- summary(em, infer = c(TRUE, FALSE))
  cs <- summary(contrast(em, "trt.vs.ctrl", ref = 1, adjust = "none"), infer = c(TRUE, TRUE), adjust = "none")
  list(factor = fw[1], weights = fw[2], estimate = s$emmean, se = s$SE, diff = cs$estimate, diff_se = cs$SE, diff_p = cs$p.value)
})

# Dose response: the arm as its dose (0, 54, 81), the slope's t test.
d$dose <- c(PBO = 0, LOW = 54, HIGH = 81)[as.character(d$arm)]
fd <- lm(chg ~ dose + site_group + female + baseline + age, data = d)
dose <- lapply(names(V), function(v) {
  Vd <- switch(v, classical = vcov(fd), HC0 = vcovHC(fd, type = "HC0"), HC3 = vcovHC(fd, type = "HC3"))
  est <- coef(fd)[["dose"]]; se <- sqrt(Vd["dose", "dose"]); df <- fd$df.residual
  q <- qt(0.975, df)
  list(covariance = v, estimate = est, se = se, df = df, t = est / se, p = 2 * pt(-abs(est / se), df), lower = est - q * se, upper = est + q * se)
})

# Standardization (g-computation) with a logistic working model; delta method (Ge et al. 2011)
# with the model-based vcov(glm) and the sandwich (HC0) covariance; written out by hand.
b <- prep(d0[!is.na(d0$resp), ])
g <- glm(resp ~ arm + site_group + female + baseline + age, family = binomial, data = b,
         control = glm.control(epsilon = 1e-14, maxit = 100)) # converged to the last digits
# "unconditional": Ye, Bannick, Yi & Shao (2023), as RobinCar2's vcovG under simple randomization
# (decompose = TRUE); RobinCar2 is not in Debian, so the formula is written out here.
stdz <- lapply(c("model", "sandwich", "unconditional"), function(v) {
  arms <- levels(b$arm)
  per <- lapply(arms, function(a) {
    nd <- b; nd$arm <- factor(a, levels = arms)
    X <- model.matrix(delete.response(terms(g)), nd)
    p <- as.numeric(plogis(X %*% coef(g)))
    list(mu = mean(p), g = colMeans(p * (1 - p) * X), p = p)
  })
  names(per) <- arms
  mu <- sapply(per, `[[`, "mu")
  if (v == "unconditional") {
    preds <- sapply(per, `[[`, "p"); y <- b$resp; n <- length(y)
    idx <- split(seq_len(n), b$arm); pi_t <- sapply(idx, length) / n
    cov_ymu <- sapply(idx, function(is) cov(y[is], preds[is, ])) # [b, a] = cov over arm a of (y, mu_b)
    sr <- (sapply(idx, function(is) var(y[is])) + diag(var(preds)) - 2 * diag(cov_ymu)) / pi_t
    Sigma <- (diag(sr) + cov_ymu + t(cov_ymu) - var(preds)) / n
  } else {
    Vb <- if (v == "model") vcov(g) else sandwich(g)
    G <- t(sapply(per, `[[`, "g"))
    Sigma <- G %*% Vb %*% t(G)
  }
  z <- qnorm(0.975)
  e <- function(a, s) { x <- rep(0, length(arms)); x[match(a, arms)] <- s; x }
  eff <- function(est, grad, log) {
    se <- sqrt(as.numeric(t(grad) %*% Sigma %*% grad))
    pv <- 2 * pnorm(-abs(est / se))
    if (log) list(estimate = exp(est), se = se, lower = exp(est - z * se), upper = exp(est + z * se), p = pv)
    else list(estimate = est, se = se, lower = est - z * se, upper = est + z * se, p = pv)
  }
  c0 <- mu[["PBO"]]
  list(
    variance = v,
    risks = list(level = arms, risk = unname(mu), se = unname(sqrt(diag(Sigma)))),
    sigma = unname(Sigma),
    comparisons = lapply(c("LOW", "HIGH"), function(a) {
      t1 <- mu[[a]]
      list(level = a,
           rd = eff(t1 - c0, e(a, 1) - e("PBO", 1), FALSE),
           rr = eff(log(t1 / c0), e(a, 1 / t1) - e("PBO", 1 / c0), TRUE),
           or = eff(qlogis(t1) - qlogis(c0), e(a, 1 / (t1 * (1 - t1))) - e("PBO", 1 / (c0 * (1 - c0))), TRUE))
    })
  )
})

out <- list(
  n = nrow(d),
  columns = colnames(model.matrix(fit)),
  coefficients = unname(coef(fit)),
  se = unname(sqrt(diag(V$classical))),
  sigma = sigma(fit),
  df_residual = fit$df.residual,
  leverage = unname(hatvalues(fit)),
  vcov = lapply(V, unname),
  drop1 = drop1_classical,
  type3 = type3,
  car_type3 = car_type3,
  lsmeans = lsm,
  lsmeans_other = lsm_other,
  dose = dose,
  glm_coefficients = unname(coef(g)),
  glm_n = nrow(b),
  standardization = stdz
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/csr/ancova-expected.json")

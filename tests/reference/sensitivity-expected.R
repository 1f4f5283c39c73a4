# Reference values for the sensitivity-analysis estimators (tests/estimators/e-value.test.ts,
# chi-square-distribution.test.ts, subgroup-effects.test.ts). Independent of the TypeScript code:
# - E-values: the formulas of R's EValue package (VanderWeele & Ding 2017; evalues.RR, evalues.OR,
#   evalues.MD), written out here because EValue is not packaged in Debian;
# - chi-square tail probabilities: R's pchisq;
# - subgroup effects: AIPW within each subgroup with glm()/lm() nuisance models (the subgroup
#   variable left out of the models), and Cochran's Q with pchisq.
#
# Run from the repository root: Rscript tests/reference/sensitivity-expected.R
# Needs r-base-core and r-cran-jsonlite. Writes tests/reference/expected/sensitivity.json (committed).

suppressPackageStartupMessages(library(jsonlite))

# ---------------------------------------------------------------- E-values (EValue's formulas)
threshold <- function(x) {
  if (is.na(x)) return(NA)
  if (x < 1) x <- 1 / x
  x + sqrt(x * (x - 1))
}
evalues_rr <- function(est, lo = NA, hi = NA) {
  if (est < 1) {
    e_point <- threshold(est)
    e_ci <- if (is.na(hi)) NA else if (hi >= 1) 1 else threshold(hi)
  } else {
    e_point <- threshold(est)
    e_ci <- if (is.na(lo)) NA else if (lo <= 1) 1 else threshold(lo)
  }
  list(point = e_point, limit = e_ci)
}
evalues_or <- function(est, lo, hi, rare) {
  conv <- function(x) if (rare) x else sqrt(x)
  evalues_rr(conv(est), conv(lo), conv(hi))
}
evalues_md <- function(est, se) {
  evalues_rr(exp(0.91 * est), exp(0.91 * est - 1.78 * se), exp(0.91 * est + 1.78 * se))
}
evalue_cases <- list(
  rr = list(
    list(est = 3.9, lo = 1.8, hi = 8.7),
    list(est = 0.8, lo = 0.71, hi = 0.91),
    list(est = 1.3, lo = 0.9, hi = 1.9),
    list(est = 0.5, lo = 0.3, hi = 1.2),
    list(est = 10.73, lo = 8.02, hi = 14.36)
  ),
  or = list(
    list(est = 2.5, lo = 1.4, hi = 4.5, rare = TRUE),
    list(est = 2.5, lo = 1.4, hi = 4.5, rare = FALSE),
    list(est = 0.6, lo = 0.45, hi = 0.8, rare = FALSE)
  ),
  md = list(
    list(est = 0.5, se = 0.1),
    list(est = -0.3, se = 0.12),
    list(est = 0.1, se = 0.2)
  )
)
evalues <- list(
  rr = lapply(evalue_cases$rr, function(c) c(c, evalues_rr(c$est, c$lo, c$hi))),
  or = lapply(evalue_cases$or, function(c) c(c, evalues_or(c$est, c$lo, c$hi, c$rare))),
  md = lapply(evalue_cases$md, function(c) c(c, evalues_md(c$est, c$se)))
)

# ---------------------------------------------------------------- chi-square upper tail
chisq_cases <- list(c(3.841458820694124, 1), c(0.5, 3), c(10, 3), c(25, 4), c(0.01, 2), c(100, 7), c(7.8, 5), c(1e-4, 1), c(40, 30), c(2.5, 0.5))
chisq <- lapply(chisq_cases, function(c) list(x = c[1], df = c[2], p = pchisq(c[1], c[2], lower.tail = FALSE)))

# ---------------------------------------------------------------- subgroup effects (AIPW) + Cochran's Q
d <- read.csv("tests/reference/fixtures/trial400.csv", stringsAsFactors = FALSE)
ctrl <- glm.control(epsilon = 1e-14, maxit = 100)
all_covariates <- c("age", "female", "bmi", "severity", "diabetes", "region")
aipw_in <- function(dd, covariates, yname) {
  rhs <- paste(covariates, collapse = " + ")
  e <- unname(fitted(glm(as.formula(paste("treat ~", rhs)), family = binomial, data = dd, control = ctrl)))
  f <- as.formula(paste(yname, "~", rhs))
  m1 <- lm(f, data = dd[dd$treat == 1, ]); m0 <- lm(f, data = dd[dd$treat == 0, ])
  mu1 <- unname(predict(m1, newdata = dd)); mu0 <- unname(predict(m0, newdata = dd))
  t <- dd$treat; y <- dd[[yname]]
  phi1 <- t * (y - mu1) / e + mu1; phi0 <- (1 - t) * (y - mu0) / (1 - e) + mu0
  list(n = nrow(dd), estimate = mean(phi1) - mean(phi0), se = sd(phi1 - phi0) / sqrt(nrow(dd)))
}
cochran <- function(est, se) {
  w <- 1 / se^2; pooled <- sum(w * est) / sum(w); q <- sum(w * (est - pooled)^2)
  list(statistic = q, df = length(est) - 1, p = pchisq(q, length(est) - 1, lower.tail = FALSE), pooled = pooled)
}
subgroup <- function(variable) {
  levels <- sort(unique(as.character(d[[variable]])))
  rows <- lapply(levels, function(l) c(list(level = l), aipw_in(d[as.character(d[[variable]]) == l, ], setdiff(all_covariates, variable), "y")))
  list(variable = variable, rows = rows, interaction = cochran(sapply(rows, `[[`, "estimate"), sapply(rows, `[[`, "se")))
}

write_json(
  list(
    meta = list(r_version = R.version.string, fixture = "tests/reference/fixtures/trial400.csv", script = "tests/reference/sensitivity-expected.R"),
    evalues = evalues,
    chisq = chisq,
    subgroups = list(female = subgroup("female"), region = subgroup("region"))
  ),
  "tests/reference/expected/sensitivity.json", auto_unbox = TRUE, digits = I(17), pretty = TRUE
)

# Reference values for the engine-independent special functions and distributions
# (tests/estimators/distributions.test.ts): R's pt, qt, pf, pchisq, pbeta, pgamma, lgamma, dt,
# including far tails, where a p-value must keep its relative accuracy.
#
# Run from the repository root: Rscript tests/reference/distributions/expected.R
# Needs r-base-core and r-cran-jsonlite. Writes tests/reference/expected/distributions.json (committed).
suppressPackageStartupMessages(library(jsonlite))

t_cases <- expand.grid(t = c(0, 0.1, 0.5, 1, 1.96, 2.5, 4, 8, 15, 40, 150), df = c(1, 2, 3.5, 5, 10, 29, 100, 250, 1e4))
t_cases$two_sided <- 2 * pt(-abs(t_cases$t), t_cases$df)
t_cases$upper <- pt(t_cases$t, t_cases$df, lower.tail = FALSE)
t_cases$density <- dt(t_cases$t, t_cases$df)
t_neg <- data.frame(t = c(-0.5, -2, -12), df = c(3, 20, 7))
t_neg$upper <- pt(t_neg$t, t_neg$df, lower.tail = FALSE)

tq_cases <- expand.grid(p = c(1e-12, 1e-8, 1e-4, 0.005, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.995, 0.9999), df = c(1, 2, 3.5, 5, 10, 29, 100, 1e4))
tq_cases$q <- qt(tq_cases$p, tq_cases$df)

f_cases <- expand.grid(f = c(0, 0.01, 0.5, 1, 2.5, 4.96, 10, 50, 400), df1 = c(1, 2, 3, 7), df2 = c(1, 5, 10, 30, 247, 1e4))
f_cases$upper <- pf(f_cases$f, f_cases$df1, f_cases$df2, lower.tail = FALSE)

chi_cases <- expand.grid(x = c(0.001, 0.1, 1, 3.84, 10, 30, 100, 300), df = c(1, 2, 3, 6, 10, 40))
chi_cases$upper <- pchisq(chi_cases$x, chi_cases$df, lower.tail = FALSE)

beta_cases <- data.frame(x = c(0.001, 0.1, 0.5, 0.5, 0.9, 0.999, 0.3, 0.7), a = c(0.5, 2, 2, 10, 3, 0.5, 50, 120), b = c(5, 3, 2, 0.5, 7, 0.5, 80, 30))
beta_cases$lower <- pbeta(beta_cases$x, beta_cases$a, beta_cases$b)
beta_cases$upper <- pbeta(beta_cases$x, beta_cases$a, beta_cases$b, lower.tail = FALSE)

gamma_cases <- data.frame(x = c(0.01, 0.5, 1, 3, 10, 50, 200), a = c(0.5, 1, 2.5, 3, 12, 40, 150))
gamma_cases$lower <- pgamma(gamma_cases$x, gamma_cases$a)
gamma_cases$upper <- pgamma(gamma_cases$x, gamma_cases$a, lower.tail = FALSE)
lgamma_cases <- data.frame(x = c(1e-6, 0.1, 0.5, 1, 1.5, 2, 3.7, 10, 100, 1e5))
lgamma_cases$lgamma <- lgamma(lgamma_cases$x)

out <- list(
  r_version = R.version.string,
  t = t_cases, t_negative = t_neg, t_quantile = tq_cases, f = f_cases, chisq = chi_cases,
  beta = beta_cases, gamma = gamma_cases, lgamma = lgamma_cases
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/expected/distributions.json")
cat("wrote tests/reference/expected/distributions.json\n")

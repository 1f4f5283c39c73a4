# The R reference of the AIPW bootstrap benchmark (issue 4 §5): a lean implementation with
# glm.fit (propensity, binomial logit) and lm.fit (one outcome model per arm), B full-refit
# replicates of the AIPW estimate of the ATE, percentile interval.
#
# Usage: Rscript tests/bench/aipw-bootstrap.R <fixture.csv> [B = 1000] [seed = 1]
# The CSV (header treat,y,<covariates>) is written by tests/bench/aipw-bootstrap.bench.ts from the
# seeded fixture in pages/components/bench-fixture.ts. Prints one JSON line: the point estimate,
# the bootstrap seconds (the replicate loop only, as R's elapsed time) and the interval.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript aipw-bootstrap.R <fixture.csv> [B] [seed]")
d <- read.csv(args[1])
B <- if (length(args) >= 2) as.integer(args[2]) else 1000L
seed <- if (length(args) >= 3) as.integer(args[3]) else 1L

X <- cbind(1, as.matrix(d[, setdiff(names(d), c("treat", "y"))]))
t <- d$treat
y <- d$y

aipw <- function(X, t, y) {
  e <- glm.fit(X, t, family = binomial())$fitted.values
  treated <- t == 1
  b1 <- lm.fit(X[treated, , drop = FALSE], y[treated])$coefficients
  b0 <- lm.fit(X[!treated, , drop = FALSE], y[!treated])$coefficients
  m1 <- drop(X %*% b1)
  m0 <- drop(X %*% b0)
  mean(t * (y - m1) / e + m1) - mean((1 - t) * (y - m0) / (1 - e) + m0)
}

estimate <- aipw(X, t, y)
set.seed(seed)
n <- nrow(X)
elapsed <- system.time({
  reps <- vapply(seq_len(B), function(b) {
    i <- sample.int(n, n, replace = TRUE)
    aipw(X[i, , drop = FALSE], t[i], y[i])
  }, numeric(1))
})[["elapsed"]]
q <- quantile(reps, c(0.025, 0.975), names = FALSE)
cat(sprintf('{"estimate": %.15g, "seconds": %.3f, "replicates": %d, "percentile": [%.15g, %.15g]}\n', estimate, elapsed, B, q[1], q[2]))

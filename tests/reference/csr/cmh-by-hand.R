# The three Cochran-Mantel-Haenszel statistics of an r x c x K table written out with matrices
# (Landis, Heyman & Koch 1978, as SAS PROC FREQ's CMH option): general association, row mean
# scores differ (column scores `a`), nonzero correlation (row scores `b`). Strata with fewer than
# two subjects are skipped. Sourced by tables-expected.R and cdisc-table-14-3-13.R.
cmh_by_hand <- function(x, a = seq_len(dim(x)[2]), b = seq_len(dim(x)[1])) {
  r <- dim(x)[1]; cc <- dim(x)[2]
  Bs <- list(
    general = cbind(diag(r - 1), 0) %x% cbind(diag(cc - 1), 0),
    rowmeans = cbind(diag(r - 1), 0) %x% t(a),
    correlation = t(b) %x% t(a)
  )
  lapply(Bs, function(B) {
    g <- 0; S <- 0
    for (h in seq_len(dim(x)[3])) {
      t <- x[, , h]; N <- sum(t)
      if (N < 2) next
      p <- rowSums(t) / N; q <- colSums(t) / N
      n <- as.vector(t(t)) # row-major: cell (i, j) at (i - 1) * c + j
      m <- N * as.vector(p %x% q)
      V <- N^2 / (N - 1) * ((diag(p, r) - p %o% p) %x% (diag(q, cc) - q %o% q))
      g <- g + B %*% (n - m); S <- S + B %*% V %*% t(B)
    }
    stat <- as.numeric(t(g) %*% solve(S) %*% g)
    list(statistic = stat, df = nrow(B), p = pchisq(stat, nrow(B), lower.tail = FALSE))
  })
}

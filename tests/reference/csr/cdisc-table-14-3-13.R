# CDISCPILOT01 CSR Table 14-3.13 (CIBIC+ categorical analysis, LOCF, efficacy population) recomputed
# in R from the sponsor's ADaM (ADQSCIBC: PARAMCD = "CIBICVAL", AVISITN 8, 16, 24, ANL01FL, EFFFL
# and ITTFL = "Y", the rows the published replication's program selects): per visit the counts of
# each CIBIC+ score by planned treatment, and the CMH "row mean scores differ" statistic (rows the
# arms, columns the observed scores scored by their values, strata SITEGR1), written out with
# matrices (cmh-by-hand.R) and checked against coin::cmh_test with an ordered, scored response.
# Results only. Run from the repository root (TRIAL_CDISC_DIR or ../shared/data/cdiscpilot01):
#   Rscript tests/reference/csr/cdisc-table-14-3-13.R
suppressPackageStartupMessages({
  library(haven)
  library(jsonlite)
  library(coin)
})
source("tests/reference/csr/cmh-by-hand.R")
dir <- Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
q <- as.data.frame(read_xpt(file.path(dir, "adam/adqscibc.xpt")))
q <- q[q$PARAMCD == "CIBICVAL" & q$AVISITN %in% c(8, 16, 24) & q$ANL01FL == "Y" & q$EFFFL == "Y" & q$ITTFL == "Y" & !is.na(q$AVAL), ]
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
visits <- lapply(c(8, 16, 24), function(v) {
  d <- q[q$AVISITN == v, ]
  d$TRTP <- factor(d$TRTP, levels = arms)
  scores <- sort(unique(d$AVAL))
  d$score <- factor(d$AVAL, levels = scores)
  d$site <- factor(d$SITEGR1)
  x <- table(d$TRTP, d$score, d$site)
  h <- cmh_by_hand(unclass(x), scores)
  d$ordered_score <- ordered(d$AVAL, levels = scores)
  coin_rowmeans <- unname(statistic(cmh_test(ordered_score ~ TRTP | site, data = d, scores = list(ordered_score = scores))))
  counts <- table(d$TRTP, factor(d$AVAL, levels = 1:7))
  list(
    visit = v,
    n_by_arm = unname(as.vector(table(d$TRTP))),
    counts = lapply(seq_along(arms), function(i) unname(as.vector(counts[i, ]))),
    scores = scores,
    rowmeans = h$rowmeans,
    general = h$general,
    coin_rowmeans_statistic = coin_rowmeans
  )
})
writeLines(toJSON(list(arms = arms, visits = visits), digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/csr/cdisc-table-14-3-13.json")

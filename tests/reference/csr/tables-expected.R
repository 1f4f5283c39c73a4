# Reference values for the CSR's tests of tables and groups (cmh, fisher-exact,
# pearson-chi-square, one-way-anova) on small committed tables and on the three-arm fixture
# tests/reference/study-analysis/trial3arm.csv.
#
# CMH: the three statistics written out with matrices (the formulas of Landis, Heyman & Koch 1978,
# as SAS PROC FREQ; vcdExtra::CMHtest is not in Debian), checked against packages: general
# association against mantelhaen.test(correct = FALSE), and on the ordinal case all three against
# coin (cmh_test with a nominal response: general association; cmh_test with an ordered, scored
# response: row mean scores; lbl_test squared: correlation). coin 1.4: apt-get install r-cran-coin.
# Run from the repository root:  Rscript tests/reference/csr/tables-expected.R
suppressPackageStartupMessages({
  library(jsonlite)
  library(coin)
})
d0 <- read.csv("tests/reference/study-analysis/trial3arm.csv", stringsAsFactors = FALSE)
d0$arm <- factor(d0$arm, levels = c("PBO", "LOW", "HIGH"))

source("tests/reference/csr/cmh-by-hand.R")
cmh_case <- function(x, a = seq_len(dim(x)[2])) {
  h <- cmh_by_hand(x, a)
  mh <- mantelhaen.test(x, correct = FALSE)
  out <- list(tables = lapply(seq_len(dim(x)[3]), function(k) unname(x[, , k])), column_scores = a,
       general = h$general, rowmeans = h$rowmeans, correlation = h$correlation,
       mantelhaen = list(statistic = unname(mh$statistic), df = unname(mh$parameter), p = mh$p.value))
  if (all(dim(x)[1:2] == 2)) out$mh_odds_ratio <- list(estimate = unname(mh$estimate), lower = mh$conf.int[1], upper = mh$conf.int[2])
  out
}
ex <- array(c(10, 5, 5, 10, 8, 4, 4, 8), c(2, 2, 2))
# The fixture: arm × binary response by site group; arm × ordered change category (table scores).
b <- d0[!is.na(d0$resp), ]
x1 <- table(b$arm, factor(b$resp, levels = c(0, 1)), b$site_group)
c0 <- d0[!is.na(d0$chg), ]
cat3 <- cut(c0$chg, c(-Inf, -2, 2, Inf), labels = c("improved", "unchanged", "worse"))
x2 <- table(c0$arm, cat3, c0$site_group)
# A 2 x 2 x K case from the fixture (HIGH vs PBO, response "1" first, by site group) for the
# Mantel-Haenszel common odds ratio and its Robins-Breslow-Greenland interval.
bb <- b[b$arm %in% c("HIGH", "PBO"), ]
x3 <- table(factor(bb$arm, levels = c("HIGH", "PBO")), factor(bb$resp, levels = c(1, 0)), bb$site_group)
cmh <- list(example = cmh_case(ex), fixture_binary = cmh_case(unclass(x1)), fixture_ordinal = cmh_case(unclass(x2), c(-1, 0, 2)),
            fixture_2x2 = cmh_case(unclass(x3)))
c0$cat3 <- ordered(cat3); c0$catf <- factor(as.character(cat3)); c0$site <- factor(c0$site_group); c0$armo <- ordered(c0$arm)
cmh$fixture_ordinal$coin <- list(
  general = unname(statistic(cmh_test(catf ~ arm | site, data = c0))),
  rowmeans = unname(statistic(cmh_test(cat3 ~ arm | site, data = c0, scores = list(cat3 = c(-1, 0, 2))))),
  correlation = unname(statistic(lbl_test(cat3 ~ armo | site, data = c0, scores = list(cat3 = c(-1, 0, 2), armo = 1:3)))^2)
)

fisher_cases <- list(
  matrix(c(3, 1, 1, 3), 2, byrow = TRUE),
  matrix(c(12, 5, 3, 20), 2, byrow = TRUE),
  matrix(c(2, 7, 4, 84, 79, 80), 2, byrow = TRUE), # AE incidence: 2 x 3 (yes/no by three arms)
  matrix(c(5, 0, 3, 81, 86, 81), 2, byrow = TRUE),
  matrix(c(3, 2, 1, 4, 1, 5, 2, 2, 6), 3, byrow = TRUE),
  # CDISCPILOT01 Table 14-1.02 (ITT): completers by arm (Placebo, High, Low), and the reasons for
  # discontinuation by arm (9 x 3, N = 136: more than 10^9 tables with these margins).
  matrix(c(26, 54, 56, 60, 30, 28), 2, byrow = TRUE),
  matrix(c(8, 39, 44, 1, 0, 1, 1, 2, 0, 3, 1, 0, 1, 0, 0, 1, 2, 0, 1, 1, 1, 1, 1, 2, 9, 8, 8), 9, byrow = TRUE)
)
fisher <- lapply(fisher_cases, function(m) list(table = unname(m), p = fisher.test(m, workspace = 2e7)$p.value))

chisq_cases <- list(matrix(c(10, 20, 20, 10), 2), matrix(c(12, 5, 3, 20), 2, byrow = TRUE), unname(unclass(table(b$arm, b$resp))),
                    matrix(c(26, 54, 56, 60, 30, 28), 2, byrow = TRUE))
chisq <- lapply(chisq_cases, function(m) {
  u <- suppressWarnings(chisq.test(m, correct = FALSE)); y <- suppressWarnings(chisq.test(m, correct = TRUE))
  list(table = unname(m), statistic = unname(u$statistic), df = unname(u$parameter), p = u$p.value,
       expected = unname(u$expected), yates_statistic = unname(y$statistic), yates_p = y$p.value)
})

a <- anova(lm(baseline ~ arm, data = d0))
anova1 <- list(groups = lapply(levels(d0$arm), function(l) d0$baseline[d0$arm == l]),
               ss_between = a$`Sum Sq`[1], ss_within = a$`Sum Sq`[2], df_between = a$Df[1], df_within = a$Df[2],
               f = a$`F value`[1], p = a$`Pr(>F)`[1])

writeLines(toJSON(list(cmh = cmh, fisher = fisher, chisq = chisq, anova = anova1), digits = NA, auto_unbox = TRUE, pretty = TRUE),
           "tests/reference/csr/tables-expected.json")

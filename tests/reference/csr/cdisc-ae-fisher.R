# CDISCPILOT01 treatment-emergent adverse events by preferred term (the CSR's AE incidence
# tables, e.g. Table 14-5.01): for every AEDECOD, subjects of the safety population with at least
# one treatment-emergent event (ADAE TRTEMFL = "Y") against those without, by actual arm (ADSL
# TRT01A; Placebo, Low, High): a 2 x 3 table and fisher.test's two-sided p-value (R's network
# algorithm; the library enumerates). Also "any TEAE". Only the results are committed.
# Run from the repository root (TRIAL_CDISC_DIR or ../shared/data/cdiscpilot01):
#   Rscript tests/reference/csr/cdisc-ae-fisher.R
suppressPackageStartupMessages({
  library(haven)
  library(jsonlite)
})
dir <- Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
adsl <- as.data.frame(read_xpt(file.path(dir, "adam/adsl.xpt")))
adae <- as.data.frame(read_xpt(file.path(dir, "adam/adae.xpt")))
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
saf <- adsl[adsl$SAFFL == "Y", c("USUBJID", "TRT01A")]
n_arm <- as.integer(table(factor(saf$TRT01A, levels = arms)))
te <- adae[adae$TRTEMFL == "Y" & adae$USUBJID %in% saf$USUBJID, c("USUBJID", "AEDECOD")]
te$arm <- factor(saf$TRT01A[match(te$USUBJID, saf$USUBJID)], levels = arms)
one <- function(term, subjects) {
  with_ <- as.integer(table(factor(saf$TRT01A[saf$USUBJID %in% subjects], levels = arms)))
  m <- rbind(with_, n_arm - with_)
  list(term = term, with = with_, without = n_arm - with_, p = fisher.test(m)$p.value)
}
terms <- sort(unique(te$AEDECOD), method = "radix")
out <- list(
  n_by_arm = n_arm,
  any = one("ANY TEAE", unique(te$USUBJID)),
  terms = lapply(terms, function(t) one(t, unique(te$USUBJID[te$AEDECOD == t])))
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = FALSE), "tests/reference/csr/cdisc-ae-fisher.json")

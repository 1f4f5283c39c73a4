# CDISCPILOT01 CSR Table 14-3.02 (CIBIC+ at week 24, LOCF, efficacy population) recomputed in R
# from the sponsor's ADaM (ADQSCIBC: PARAMCD = "CIBICVAL", AVISITN = 24, ANL01FL and EFFFL = "Y"),
# as the define.xml's analysis results metadata gives the code: `model AVAL = trtpn sitegr1`
# (dose response: treatment as its dose 0/54/81) and `class trtpn sitegr1; model AVAL = trtpn
# sitegr1; lsmeans trtpn / OM STDERR PDIFF CL` (LS means with observed margins = emmeans'
# weights = "proportional"; the three pairwise differences, unadjusted). Results only.
# Run from the repository root (TRIAL_CDISC_DIR or ../shared/data/cdiscpilot01):
#   Rscript tests/reference/csr/cdisc-table-14-3-02.R
suppressPackageStartupMessages({
  library(haven)
  library(jsonlite)
  library(emmeans)
})
dir <- Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
q <- as.data.frame(read_xpt(file.path(dir, "adam/adqscibc.xpt")))
d <- q[q$PARAMCD == "CIBICVAL" & q$AVISITN == 24 & q$ANL01FL == "Y" & q$EFFFL == "Y" & !is.na(q$AVAL), c("USUBJID", "TRTP", "SITEGR1", "AVAL")]
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
d$TRTP <- factor(d$TRTP, levels = arms)
d$SITEGR1 <- factor(d$SITEGR1, levels = sort(unique(d$SITEGR1), method = "radix"))
fit <- lm(AVAL ~ TRTP + SITEGR1, data = d)
em <- emmeans(fit, "TRTP", weights = "proportional")
s <- summary(em, infer = c(TRUE, FALSE))
pw <- summary(contrast(em, list(
  "Xanomeline Low Dose - Placebo" = c(-1, 1, 0),
  "Xanomeline High Dose - Placebo" = c(-1, 0, 1),
  "Xanomeline High Dose - Xanomeline Low Dose" = c(0, -1, 1)
), adjust = "none"), infer = c(TRUE, TRUE), adjust = "none")
d$dose <- c(0, 54, 81)[as.integer(d$TRTP)]
fd <- lm(AVAL ~ dose + SITEGR1, data = d)
sd <- summary(fd)$coefficients
d1 <- drop1(fit, ~ ., test = "F")
out <- list(
  n = nrow(d),
  n_by_arm = as.list(table(d$TRTP)),
  coefficients = unname(coef(fit)),
  type3 = lapply(rownames(d1)[-1], function(t) list(term = t, df = d1[t, "Df"], f = d1[t, "F value"], p = d1[t, "Pr(>F)"])),
  means = list(level = as.character(s$TRTP), estimate = s$emmean, se = s$SE, df = s$df, lower = s$lower.CL, upper = s$upper.CL),
  differences = list(contrast = as.character(pw$contrast), estimate = pw$estimate, se = pw$SE, df = pw$df, t = pw$t.ratio,
                     p = pw$p.value, lower = pw$lower.CL, upper = pw$upper.CL),
  dose = list(estimate = sd["dose", "Estimate"], se = sd["dose", "Std. Error"], t = sd["dose", "t value"], p = sd["dose", "Pr(>|t|)"], df = fd$df.residual)
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/csr/cdisc-table-14-3-02.json")

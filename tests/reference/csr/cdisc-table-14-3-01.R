# CDISCPILOT01 CSR Table 14-3.01 (ADAS-Cog(11), change from baseline to week 24, LOCF, efficacy
# population) recomputed in R from the sponsor's ADaM files: ANCOVA of CHG on planned treatment
# (factor, placebo the reference), pooled site group SITEGR1 and baseline BASE; LS means (emmeans,
# equal weights = SAS's default LSMEANS, and proportional = observed margins, the sponsor's
# `LSMEANS trtpn / OM STDERR PDIFF CL` per define.xml), pairwise
# differences (each dose vs placebo, high vs low; unadjusted), the Type III F test of treatment,
# and the dose-response test (treatment replaced by its dose 0/54/81 as a continuous term).
# Only the results are committed (cdisc-table-14-3-01.json); the data stay outside the repository.
# Run from the repository root (TRIAL_CDISC_DIR or ../shared/data/cdiscpilot01):
#   Rscript tests/reference/csr/cdisc-table-14-3-01.R
suppressPackageStartupMessages({
  library(haven)
  library(jsonlite)
  library(emmeans)
})
dir <- Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
adsl <- as.data.frame(read_xpt(file.path(dir, "adam/adsl.xpt")))
adas <- as.data.frame(read_xpt(file.path(dir, "adam/adadas.xpt")))
a <- adas[adas$PARAMCD == "ACTOT" & adas$AVISITN == 24 & adas$ANL01FL == "Y" & adas$EFFFL == "Y", c("USUBJID", "BASE", "CHG")]
d <- merge(a, adsl[, c("USUBJID", "TRT01P", "TRT01PN", "SITEGR1")], by = "USUBJID")
d <- d[!is.na(d$CHG) & !is.na(d$BASE), ]
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
d$TRT01P <- factor(d$TRT01P, levels = arms)
d$SITEGR1 <- factor(d$SITEGR1, levels = sort(unique(d$SITEGR1), method = "radix"))
fit <- lm(CHG ~ TRT01P + SITEGR1 + BASE, data = d)
d1 <- drop1(fit, ~ ., test = "F")
ls <- lapply(c("equal", "proportional"), function(w) {
  em <- emmeans(fit, "TRT01P", weights = w)
  s <- summary(em, infer = c(TRUE, FALSE))
  pw <- summary(contrast(em, list(
    "Xanomeline Low Dose - Placebo" = c(-1, 1, 0),
    "Xanomeline High Dose - Placebo" = c(-1, 0, 1),
    "Xanomeline High Dose - Xanomeline Low Dose" = c(0, -1, 1)
  ), adjust = "none"), infer = c(TRUE, TRUE), adjust = "none")
  list(weights = w,
       means = list(level = as.character(s$TRT01P), estimate = s$emmean, se = s$SE, df = s$df, lower = s$lower.CL, upper = s$upper.CL),
       differences = list(contrast = as.character(pw$contrast), estimate = pw$estimate, se = pw$SE, df = pw$df, t = pw$t.ratio,
                          p = pw$p.value, lower = pw$lower.CL, upper = pw$upper.CL))
})
d$dose <- c(0, 54, 81)[as.integer(d$TRT01P)]
fd <- lm(CHG ~ dose + SITEGR1 + BASE, data = d)
sd <- summary(fd)$coefficients
# The sponsor's define.xml (analysis results metadata, Table_14-3.01.R.1) gives the dose-response
# code as `model CHG = trtpn sitegr1` (no baseline), while the CSR's footnote describes the
# ANCOVA model with baseline; both are computed here.
fd0 <- lm(CHG ~ dose + SITEGR1, data = d)
sd0 <- summary(fd0)$coefficients
out <- list(
  n = nrow(d),
  n_by_arm = as.list(table(d$TRT01P)),
  site_groups = levels(d$SITEGR1),
  coefficients = unname(coef(fit)),
  columns = colnames(model.matrix(fit)),
  sigma = sigma(fit),
  df_residual = fit$df.residual,
  type3 = lapply(rownames(d1)[-1], function(t) list(term = t, df = d1[t, "Df"], f = d1[t, "F value"], p = d1[t, "Pr(>F)"])),
  lsmeans = ls,
  dose = list(estimate = sd["dose", "Estimate"], se = sd["dose", "Std. Error"], t = sd["dose", "t value"], p = sd["dose", "Pr(>|t|)"], df = fd$df.residual),
  dose_without_baseline = list(estimate = sd0["dose", "Estimate"], se = sd0["dose", "Std. Error"], t = sd0["dose", "t value"], p = sd0["dose", "Pr(>|t|)"], df = fd0$df.residual)
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/csr/cdisc-table-14-3-01.json")

# The primary analysis of CDISCPILOT01 recomputed in R from the sponsor's ADaM files (not from the
# project's snapshot): ADSL (ITT subjects, planned arm, pooled site group SITEGR1) and ADADAS
# (ADAS-Cog(11) total: baseline BASE at week 0, change CHG at week 24, LOCF analysis rows of the
# efficacy population). For each Xanomeline dose vs placebo, on the subjects with the week-24
# change: site groups with fewer than 8 such subjects in either arm pooled into "other (pooled)",
# propensity glm and one lm per arm on baseline + site group, AIPW with its influence-function SE,
# g-computation, Horvitz-Thompson and Hajek IPW. Checked by tests/analysis/cdisc-pilot-reference.test.ts.
# Run from the repository root (TRIAL_CDISC_DIR or ../shared/data/cdiscpilot01):
#   Rscript tests/reference/cdisc-pilot/compute-expected.R
library(haven)
library(jsonlite)
dir <- Sys.getenv("TRIAL_CDISC_DIR", "../shared/data/cdiscpilot01")
adsl <- as.data.frame(read_xpt(file.path(dir, "adam/adsl.xpt")))
adas <- as.data.frame(read_xpt(file.path(dir, "adam/adadas.xpt")))
adsl <- adsl[adsl$ITTFL == "Y", ]
arm_code <- c("Placebo" = "Pbo", "Xanomeline Low Dose" = "Xan_Lo", "Xanomeline High Dose" = "Xan_Hi")
adsl$arm <- unname(arm_code[adsl$TRT01P])
base <- adas[adas$PARAMCD == "ACTOT" & adas$AVISITN == 0, c("USUBJID", "BASE")]
chg <- adas[adas$PARAMCD == "ACTOT" & adas$AVISITN == 24 & adas$ANL01FL == "Y" & adas$EFFFL == "Y", c("USUBJID", "CHG")]
d <- merge(merge(adsl[, c("USUBJID", "arm", "SITEGR1")], base, by = "USUBJID", all.x = TRUE), chg, by = "USUBJID", all.x = TRUE)
d <- d[order(d$USUBJID, method = "radix"), ]
se_if <- function(psi) sd(psi) / sqrt(length(psi))

analyse <- function(treated) {
  s <- d[d$arm %in% c(treated, "Pbo") & !is.na(d$CHG), ]
  t <- as.integer(s$arm == treated)
  counts <- table(s$SITEGR1, t)
  rare <- rownames(counts)[counts[, "0"] < 8 | counts[, "1"] < 8]
  site <- ifelse(s$SITEGR1 %in% rare, "other (pooled)", s$SITEGR1)
  s$site <- factor(site, levels = sort(unique(site), method = "radix"))
  X <- model.matrix(~ BASE + site, s)
  y <- s$CHG
  ctrl <- glm.control(epsilon = 1e-14, maxit = 100)
  e <- fitted(glm(t ~ X - 1, family = binomial(), control = ctrl))
  m1 <- lm.fit(X[t == 1, ], y[t == 1]); m0 <- lm.fit(X[t == 0, ], y[t == 0])
  mu1 <- as.vector(X %*% m1$coefficients); mu0 <- as.vector(X %*% m0$coefficients)
  phi1 <- t * (y - mu1) / e + mu1; phi0 <- (1 - t) * (y - mu0) / (1 - e) + mu0
  aipw <- mean(phi1) - mean(phi0)
  ht1 <- mean(t * y / e); ht0 <- mean((1 - t) * y / (1 - e))
  w1 <- t / e; w0 <- (1 - t) / (1 - e)
  hj1 <- sum(w1 * y) / sum(w1); hj0 <- sum(w0 * y) / sum(w0)
  list(
    comparison = paste0(treated, "-vs-Pbo"),
    n_analysed = length(y), n_treated = sum(t),
    n_missing_outcome = sum(d$arm %in% c(treated, "Pbo") & is.na(d$CHG)),
    pooled = sort(rare, method = "radix"),
    design_columns = colnames(X)[-1],
    aipw = aipw, aipw_se = se_if(phi1 - phi0 - aipw),
    gcomp = mean(mu1) - mean(mu0),
    ht = ht1 - ht0, ht_se = se_if((t * y / e - ht1) - ((1 - t) * y / (1 - e) - ht0)),
    hajek = hj1 - hj0, hajek_se = se_if(w1 * (y - hj1) / mean(w1) - w0 * (y - hj0) / mean(w0))
  )
}
out <- lapply(c("Xan_Lo", "Xan_Hi"), analyse)
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/cdisc-pilot/expected.json")

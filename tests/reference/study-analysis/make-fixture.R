# Fixture for the study-month analysis reference (tests/estimators/study-analysis-reference.test.ts):
# a three-arm trial (placebo, low dose, high dose), n = 360, assignment confounded by age, baseline
# score and site group, a continuous and a binary outcome, about 12% of outcomes missing (by
# disposition). Run from the repository root: Rscript tests/reference/study-analysis/make-fixture.R
set.seed(20260128)
n <- 360
age <- round(rnorm(n, 72, 8))
site_group <- sample(c("East", "North", "West"), n, replace = TRUE, prob = c(0.3, 0.45, 0.25))
baseline <- round(rnorm(n, 22, 6), 1)
female <- rbinom(n, 1, 0.55)
z <- 0.05 * (age - 72) + 0.06 * (baseline - 22) + ifelse(site_group == "West", 0.6, 0) - ifelse(site_group == "East", 0.3, 0)
eta_low <- -0.1 + 0.6 * z
eta_high <- 0.1 + 1.0 * z
p <- cbind(1, exp(eta_low), exp(eta_high)); p <- p / rowSums(p)
arm <- apply(p, 1, function(pr) sample(c("PBO", "LOW", "HIGH"), 1, prob = pr))
effect <- ifelse(arm == "HIGH", -2.5, ifelse(arm == "LOW", -1.2, 0))
chg <- round(2 + 0.08 * (age - 72) + 0.25 * (baseline - 22) + ifelse(site_group == "North", 0.8, 0) + effect + rnorm(n, 0, 3), 4)
resp <- rbinom(n, 1, plogis(-0.3 + 0.04 * (age - 72) - 0.05 * (baseline - 22) + ifelse(arm == "HIGH", 0.9, ifelse(arm == "LOW", 0.4, 0))))
disposition <- ifelse(runif(n) < 0.12, "discontinued", "completed")
chg[disposition == "discontinued"] <- NA
resp[disposition == "discontinued"] <- NA
d <- data.frame(subject_id = sprintf("P%03d", sample(n)), arm, disposition, age, female, site_group, baseline, chg, resp)
write.csv(d, "tests/reference/study-analysis/trial3arm.csv", row.names = FALSE, na = "")

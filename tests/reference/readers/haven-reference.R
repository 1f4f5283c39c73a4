#!/usr/bin/env Rscript
# Independent reference for the XPT reader (data-loaders/readers/xpt.ts).
#
# For every CDISC pilot XPT file (sdtm/*.xpt, adam/*.xpt) this writes
# tests/reference/readers/expected/<folder>-<name>.json holding what R reads from it:
#   - haven::read_xpt (ReadStat): dataset label, row count, and per variable its name, label,
#     class, format.sas, NA count, tagged (special) missing values, and a SHA-256 digest of every
#     value (see "Digests" below), plus the first 5 values in clear;
#   - foreign::lookup.xport (R's own, separate implementation of TS-140): member name, variable
#     lengths, positions, types, format names and labels;
#   - a direct read of the namestr records with readBin (format and informat names, widths and
#     decimals, which neither package exposes).
# It also writes a small fixture with haven::write_xpt (special missing values, dates,
# datetimes, times, UTF-8 text) and its reference: fixtures/haven-special.xpt and
# expected/fixture-haven-special.json; and the reference of the TypeScript-written fixture
# tests/data-loaders/readers/fixtures/xpt-tiny.xpt (expected/fixture-xpt-tiny.json).
#
# Digests (the TypeScript test rebuilds the same byte streams and compares SHA-256):
#   numeric column: one line per value: "." for NA, "." + tag for a tagged NA (".A"), otherwise
#     the 16 hex digits of the IEEE 754 double, big-endian, as haven returns it (for Date and
#     POSIXct columns haven has already subtracted 3653 days / 3653 * 86400 s to move the origin
#     from 1960 to 1970; the test applies the same subtraction);
#   Date / POSIXct / hms columns additionally: one line per value with its ISO 8601 text
#     (%Y-%m-%d, %Y-%m-%dT%H:%M:%S in UTC, %H:%M:%S), "." for NA;
#   character column: per value "<byte count>:<bytes>\n" (the raw bytes, whatever the encoding),
#     "NA\n" for NA.
#
# Usage (from the repository root): Rscript tests/reference/readers/haven-reference.R [DATA_DIR]
# DATA_DIR defaults to $CDISC_DATA_DIR, then ../shared/data/cdiscpilot01.
# Needs: apt-get install -y r-cran-haven r-cran-jsonlite r-cran-digest (foreign ships with R).

suppressPackageStartupMessages({
  library(haven)
  library(jsonlite)
  library(digest)
  library(foreign)
})

args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[[1]] else Sys.getenv("CDISC_DATA_DIR", "../shared/data/cdiscpilot01")
if (!dir.exists(data_dir)) stop("CDISC data directory not found: ", data_dir)
out_dir <- file.path("tests", "reference", "readers", "expected")
fixture_dir <- file.path("tests", "reference", "readers", "fixtures")
if (!dir.exists(out_dir)) stop("run from the repository root (", out_dir, " not found)")

hex_double <- function(x) {
  r <- writeBin(as.double(x), raw(), size = 8, endian = "big")
  m <- matrix(as.character(r), nrow = 8)
  apply(m, 2, paste, collapse = "")
}

numeric_tokens <- function(x) {
  v <- unclass(x)
  attributes(v) <- NULL
  tags <- na_tag(x)
  tok <- rep(".", length(v))
  tagged <- !is.na(tags)
  tok[tagged] <- paste0(".", toupper(tags[tagged]))
  ok <- !is.na(v)
  if (any(ok)) tok[ok] <- hex_double(v[ok])
  tok
}

iso_tokens <- function(x) {
  tok <- if (inherits(x, "Date")) {
    format(x, "%Y-%m-%d")
  } else if (inherits(x, "POSIXct")) {
    format(x, "%Y-%m-%dT%H:%M:%S", tz = "UTC")
  } else if (inherits(x, "hms")) {
    s <- as.numeric(unclass(x))
    sprintf("%02d:%02d:%02d", as.integer(s %/% 3600), as.integer((s %/% 60) %% 60), as.integer(s %% 60))
  } else {
    stop("not a temporal column")
  }
  tok[is.na(x)] <- "."
  tok
}

char_stream <- function(v) {
  parts <- lapply(v, function(s) {
    if (is.na(s)) return(charToRaw("NA\n"))
    b <- charToRaw(s)
    c(charToRaw(paste0(length(b), ":")), b, as.raw(10))
  })
  unlist(parts, use.names = FALSE)
}

char_display <- function(s) {
  if (is.na(s)) return(NA_character_)
  if (validUTF8(s)) return(s)
  paste0("hex:", paste(as.character(charToRaw(s)), collapse = ""))
}

sha256_raw <- function(r) digest(r, algo = "sha256", serialize = FALSE)
sha256_lines <- function(tokens) {
  if (length(tokens) == 0) return(sha256_raw(raw(0)))
  sha256_raw(charToRaw(paste0(tokens, "\n", collapse = "")))
}

# The namestr records of the first member, read byte by byte (TS-140 layout, big-endian).
read_namestrs <- function(path) {
  b <- readBin(path, "raw", file.size(path))
  # Text fields are padded with blanks (some writers use NUL bytes): strip both from the end.
  text <- function(from, len) {
    r <- b[(from + 1):(from + len)]
    keep <- which(r != as.raw(0x20) & r != as.raw(0x00))
    if (length(keep) == 0) return("")
    rawToChar(r[1:max(keep)])
  }
  int2 <- function(at) readBin(b[(at + 1):(at + 2)], "integer", size = 2, endian = "big")
  int4 <- function(at) readBin(b[(at + 1):(at + 4)], "integer", size = 4, endian = "big")
  if (text(0, 48) != "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!") stop(path, ": not an XPT v5 file")
  nslen <- as.integer(rawToChar(b[(240 + 75 + 1):(240 + 75 + 3)]))
  nvar <- as.integer(text(560 + 53, 5))
  lapply(seq_len(nvar), function(i) {
    at <- 640 + (i - 1) * nslen
    list(
      ntype = int2(at), length = int2(at + 4), varnum = int2(at + 6), name = text(at + 8, 8),
      formatName = text(at + 56, 8), formatWidth = int2(at + 64), formatDecimals = int2(at + 66),
      informatName = text(at + 72, 8), informatWidth = int2(at + 80), informatDecimals = int2(at + 82),
      position = int4(at + 84)
    )
  })
}

reference_for <- function(path, id) {
  d <- read_xpt(path)
  members <- lookup.xport(path)
  if (length(members) != 1) stop(path, ": expected one member, found ", length(members))
  m <- members[[1]]
  namestrs <- read_namestrs(path)
  label <- attr(d, "label")
  variables <- lapply(seq_along(d), function(j) {
    x <- d[[j]]
    n <- names(d)[[j]]
    lab <- attr(x, "label")
    fmt <- attr(x, "format.sas")
    out <- list(
      name = n,
      label = if (is.null(lab)) "" else lab,
      class = paste(class(x), collapse = "/"),
      type = if (is.character(x)) "character" else "numeric",
      formatSas = if (is.null(fmt)) "" else fmt,
      naCount = sum(is.na(x))
    )
    if (is.character(x)) {
      out$sha256 <- sha256_raw(char_stream(x))
      out$head <- vapply(head(x, 5), char_display, "")
    } else {
      tok <- numeric_tokens(x)
      tags <- na_tag(x)
      tagged <- which(!is.na(tags))
      out$taggedNa <- lapply(tagged, function(i) list(rowIndex = i - 1L, code = toupper(tags[[i]])))
      out$sha256 <- sha256_lines(tok)
      out$head <- head(tok, 5)
      if (inherits(x, "Date") || inherits(x, "POSIXct") || inherits(x, "hms")) {
        iso <- iso_tokens(x)
        out$isoSha256 <- sha256_lines(iso)
        out$isoHead <- head(iso, 5)
      }
    }
    out
  })
  list(
    id = id,
    file = path,
    generatedBy = list(
      R = as.character(getRversion()), haven = as.character(packageVersion("haven")),
      foreign = as.character(packageVersion("foreign")), digest = as.character(packageVersion("digest"))
    ),
    haven = list(label = if (is.null(label)) "" else label, rowCount = nrow(d), columnCount = ncol(d), variables = variables),
    foreign = list(
      member = names(members)[[1]], rowCount = m$length,
      variables = lapply(seq_along(m$name), function(j) list(
        name = m$name[[j]], type = m$type[[j]], length = m$width[[j]], position = m$position[[j]],
        formatName = m$format[[j]], label = m$label[[j]]
      ))
    ),
    namestrs = namestrs
  )
}

write_reference <- function(ref, id) {
  out <- file.path(out_dir, paste0(id, ".json"))
  write_json(ref, out, auto_unbox = TRUE, pretty = TRUE, digits = NA, null = "null", na = "null")
  cat("wrote", out, "\n")
}

files <- c(sort(Sys.glob(file.path(data_dir, "sdtm", "*.xpt"))), sort(Sys.glob(file.path(data_dir, "adam", "*.xpt"))))
if (length(files) == 0) stop("no .xpt files under ", data_dir)
for (path in files) {
  id <- paste0(basename(dirname(path)), "-", sub("\\.xpt$", "", basename(path)))
  ref <- reference_for(path, id)
  ref$file <- file.path(basename(dirname(path)), basename(path))
  write_reference(ref, id)
}

# A fixture that haven writes and reads: special missing values, dates, datetimes, times, UTF-8.
special <- data.frame(
  X = c(1.5, tagged_na("A"), NA, tagged_na("Z"), -118.625, 1e-300, 0.1, 123456789.125, -0.5),
  D = as.Date(c("1960-01-01", "1959-12-31", NA, "2014-01-02", "1582-10-15", "2000-02-29", "9999-12-31", "1970-01-01", "2024-02-29")),
  T = as.POSIXct(c("1960-01-01 00:00:00", "2014-01-02 11:45:00", NA, "1959-12-31 23:59:59", "2000-02-29 12:00:00",
                   "1999-12-31 23:59:59", "2038-01-19 03:14:08", "1970-01-01 00:00:01", "2024-02-29 06:30:00"), tz = "UTC"),
  H = hms::hms(seconds = c(0, 42300, NA, 86399, 3600, 60, 1, 43200, 12345)),
  C = c("plain", " leading", "", "caf\u00e9", "trailing   ", "x", "UPPER lower", "12", "\u2019quoted\u2019"),
  stringsAsFactors = FALSE
)
attr(special$X, "label") <- "Number with special missing values"
attr(special$C, "label") <- "Text (UTF-8)"
fixture <- file.path(fixture_dir, "haven-special.xpt")
write_xpt(special, fixture, version = 5, name = "SPECIAL", label = "haven special cases")
ref <- reference_for(fixture, "fixture-haven-special")
ref$file <- "tests/reference/readers/fixtures/haven-special.xpt"
write_reference(ref, "fixture-haven-special")

# The TypeScript fixture writer's valid XPT (tests/data-loaders/readers/fixtures/make-fixtures.ts),
# read by haven: checks the writer that the malformed fixtures are derived from.
tiny <- file.path("tests", "data-loaders", "readers", "fixtures", "xpt-tiny.xpt")
ref <- reference_for(tiny, "fixture-xpt-tiny")
ref$file <- tiny
write_reference(ref, "fixture-xpt-tiny")

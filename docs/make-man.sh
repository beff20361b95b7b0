#!/bin/sh
# Generates docs/salesfloor.1 (a man page) from the command definitions, via `salesfloor --help`
# and each subcommand's --help. swift-argument-parser's `generate-manual` plugin needs network
# access to build, so this script stands in for it offline.
#
# Usage: docs/make-man.sh [path/to/salesfloor] > docs/salesfloor.1
set -eu
BIN=${1:-.build/debug/salesfloor}
VERSION=$("$BIN" --version 2>/dev/null || echo 0)
DATE=$(date -u +%Y-%m-%d)

# roff escaping: backslashes, and lines that start with . or ' (control characters).
esc() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/"; }

section() { # $1 = title, rest = the command words
  title=$1
  shift
  printf '.SH "%s"\n.nf\n' "$title"
  "$BIN" "$@" --help 2>&1 | esc
  printf '.fi\n'
}

printf '.TH SALESFLOOR 1 "%s" "salesfloor %s" "User Commands"\n' "$DATE" "$VERSION"
printf '.SH NAME\nsalesfloor \\- a keyboard-driven terminal cockpit for a sales floor\n'
section "SYNOPSIS AND OPTIONS"
# Every subcommand, two levels deep, read from the help text itself so the page never misses one.
subcommands() {
  "$BIN" "$@" --help 2>/dev/null | awk '/^SUBCOMMANDS:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^[^ ]/ { exit }'
}
for top in $(subcommands); do
  nested=$(subcommands "$top")
  if [ -z "$nested" ]; then
    section "salesfloor $top" "$top"
  else
    for sub in $nested; do section "salesfloor $top $sub" "$top" "$sub"; done
  fi
done
cat <<'ROFF'
.SH "EXIT STATUS"
0 success; 64 usage error; 65 bad data (a workspace or input file cannot be used, check found errors,
import \-\-strict rejected rows); 1 any other failure.
.SH ENVIRONMENT
SALESFLOOR_DATA (workspace folder), XDG_DATA_HOME, XDG_CONFIG_HOME, SALESFLOOR_TODAY (pin today), NO_COLOR.
.SH "SEE ALSO"
docs/cli.md in the SalesFloor sources.
ROFF

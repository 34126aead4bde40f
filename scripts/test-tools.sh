#!/usr/bin/env bash
# The system tools the test suite drives, installed when missing — the way
# `playwright install --with-deps` does it — so that `npm test` (which runs this as part of
# `pretest`) passes on a fresh Debian machine with nothing installed by hand:
#   /usr/bin/chromium + a CJK font   test/html/browser.test.ts (Chinese text in screenshots)
#   soffice                          test/xlsx/pdf.test.ts (xlsx → PDF)
#   pdftotext, pdftoppm              test/xlsx/pdf.test.ts (reads the PDF back)
#   iconv                            GBK test files (Node decodes GBK but cannot write it)
# When everything is present it only looks (no apt call). When something is missing it installs
# exactly the missing Debian packages with apt-get, or exits non-zero saying why it could not:
# the tests fail rather than skip without their tools, so a failed install must stop here.
set -euo pipefail

packages=()
reasons=()

need() { packages+=("$1"); reasons+=("$2"); }

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ':lang=zh' family 2>/dev/null)" ]
}

check() {
  packages=()
  reasons=()
  [ -x /usr/bin/chromium ] || need chromium '/usr/bin/chromium for the browser tests'
  has_cjk_font || need fonts-noto-cjk 'a CJK font for Chinese text in screenshots and PDFs'
  command -v soffice >/dev/null 2>&1 || need libreoffice-calc 'soffice for the xlsx→PDF test'
  { command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 ||
    need poppler-utils 'pdftotext/pdftoppm to read that PDF back'
  command -v iconv >/dev/null 2>&1 || need libc-bin 'iconv to write GBK test files'
}

fail() {
  printf 'test-tools: %s\n' "$@" >&2
  exit 1
}

join() { local IFS="$1"; shift; printf '%s' "$*"; }

check
[ ${#packages[@]} -eq 0 ] && exit 0

manual="apt-get install $(join ' ' "${packages[@]}")"
command -v apt-get >/dev/null 2>&1 ||
  fail "the tests need$(join ';' "${reasons[@]/#/ }"), but there is no apt-get here to install them." \
    "Install the equivalent of: $manual"

# Root runs apt-get directly; anyone else through sudo (never prompting when there is no terminal).
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 ||
    fail "installing $(join ' ' "${packages[@]}") needs root and there is no sudo: run as root: $manual"
  sudo=(sudo)
  [ -t 0 ] || sudo+=(-n)
fi

# Two test runs at once take turns here, and the second finds the tools the first installed.
# Any other apt user holding apt's own lock makes apt-get fail, and that error is shown below.
lock="${TMPDIR:-/tmp}/gkml-test-tools.lock"
if command -v flock >/dev/null 2>&1 && { exec 9>>"$lock"; } 2>/dev/null; then
  flock 9
  check
  [ ${#packages[@]} -eq 0 ] && exit 0
fi

echo "test-tools: installing $(join ' ' "${packages[@]}") with apt-get, because the tests need$(join ';' "${reasons[@]/#/ }")"
log="$(mktemp "${TMPDIR:-/tmp}/gkml-test-tools.XXXXXX.log")"
start=$SECONDS
if ! { "${sudo[@]}" apt-get update -qq &&
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"; } >"$log" 2>&1 </dev/null; then
  tail -n 25 "$log" >&2
  fail "installing $(join ' ' "${packages[@]}") failed (apt-get output above, full log: $log)." \
    "The browser and PDF tests cannot run without them; fix the cause, or install by hand: $manual"
fi
rm -f "$log"

check
[ ${#packages[@]} -eq 0 ] ||
  fail "apt-get succeeded but still missing:$(join ';' "${reasons[@]/#/ }")."
echo "test-tools: installed in $((SECONDS - start)) s"

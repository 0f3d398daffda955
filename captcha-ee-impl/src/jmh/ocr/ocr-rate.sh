#!/usr/bin/env bash
# How many captcha images plain OCR reads completely right.
#
# Usage: ocr-rate.sh DIR
#   DIR holds the PNGs, answers.txt ("file answer" per line) and alphabet.txt written by
#   org.captchaee.bench.OcrSampleWriter, for example, from the repository root:
#     mvn -B -pl captcha-ee-api,captcha-ee-impl -am -Pbenchmarks test-compile
#     java -cp captcha-ee-impl/target/classes:captcha-ee-impl/target/test-classes \
#         org.captchaee.bench.OcrSampleWriter captcha-ee-impl/target/ocr 300
#     captcha-ee-impl/src/jmh/ocr/ocr-rate.sh captcha-ee-impl/target/ocr
#
# Each image is read by tesseract as one line (--psm 7) and as one word (--psm 8), limited to the answer alphabet.
# A reading counts when, upper-cased and stripped of white space, it equals the answer; an image counts as read
# when either reading does. Installs nothing: tesseract must be on the PATH (Debian: apt-get install tesseract-ocr).
# OCR_VERBOSE=1 prints every reading.
set -euo pipefail

dir=${1:?usage: ocr-rate.sh DIR}

command -v tesseract >/dev/null || { echo "ocr-rate.sh: tesseract is not installed (apt-get install tesseract-ocr)" >&2; exit 2; }
for file in answers.txt alphabet.txt; do
    [ -f "$dir/$file" ] || { echo "ocr-rate.sh: $dir/$file is missing (written by OcrSampleWriter)" >&2; exit 2; }
done
alphabet=$(tr -d '[:space:]' < "$dir/alphabet.txt")

read_as() { # FILE PSM
    tesseract "$1" stdout --psm "$2" -c tessedit_char_whitelist="$alphabet" 2>/dev/null \
        | tr -d '[:space:]' | tr '[:lower:]' '[:upper:]'
}

total=0 line=0 word=0 either=0
declare -A of_length read_of_length
while read -r file answer; do
    [ -n "$file" ] || continue
    [ -f "$dir/$file" ] || { echo "ocr-rate.sh: $dir/$file is missing" >&2; exit 2; }
    answer=$(printf '%s' "$answer" | tr -d '[:space:]' | tr '[:lower:]' '[:upper:]')
    as_line=$(read_as "$dir/$file" 7)
    as_word=$(read_as "$dir/$file" 8)
    total=$((total + 1))
    of_length[${#answer}]=$((${of_length[${#answer}]:-0} + 1))
    [ "$as_line" != "$answer" ] || line=$((line + 1))
    [ "$as_word" != "$answer" ] || word=$((word + 1))
    if [ "$as_line" = "$answer" ] || [ "$as_word" = "$answer" ]; then
        either=$((either + 1))
        read_of_length[${#answer}]=$((${read_of_length[${#answer}]:-0} + 1))
        echo "read: $file $answer" >&2
    fi
    [ -z "${OCR_VERBOSE:-}" ] || echo "$file $answer psm7=$as_line psm8=$as_word" >&2
done < "$dir/answers.txt"

[ "$total" -gt 0 ] || { echo "ocr-rate.sh: no images listed in $dir/answers.txt" >&2; exit 2; }
percent() { awk -v x="$1" -v n="$2" 'BEGIN { printf "%.1f", 100 * x / n }'; }
for length in $(printf '%s\n' "${!of_length[@]}" | sort -n); do
    echo "length $length: read ${read_of_length[$length]:-0} of ${of_length[$length]}"
done
echo "psm 7 (line) read $line of $total ($(percent "$line" "$total")%)"
echo "psm 8 (word) read $word of $total ($(percent "$word" "$total")%)"
echo "OCR read $either of $total ($(percent "$either" "$total")%)"

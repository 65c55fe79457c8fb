#!/bin/sh
# Rebuilds the export fonts in public/fonts (see public/fonts/README.md).
# Needs Debian's fonts-noto-core and fonttools (pyftsubset), and the
# npm tarball of @fontsource/noto-emoji unpacked at $EMOJI (default
# /tmp/noto-emoji/package: `npm pack @fontsource/noto-emoji@5.3.2`).
set -eu
NOTO=/usr/share/fonts/truetype/noto
EMOJI=${EMOJI:-/tmp/noto-emoji/package}
OUT=$(dirname "$0")/../public/fonts

# Latin (with Extended-A/B/Additional and combining marks), Greek, Cyrillic,
# punctuation (U+202F included; U+200D and the variation selectors left to the emoji font, so ZWJ
# sequences stay in one run), currency, letterlike, arrows, the dotted circle and
# U+FFFD (the placeholder).
SANS='U+0000-036F,U+0370-03FF,U+0400-052F,U+1AB0-1AFF,U+1C80-1C8F,U+1DC0-1DFF,U+1E00-1FFF,U+2000-200C,U+200E-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2212,U+2C60-2C7F,U+2DE0-2DFF,U+A640-A69F,U+A720-A7FF,U+AB30-AB6F,U+25CC,U+FB00-FB06,U+FFFD'
ARABIC='U+0600-06FF,U+0750-077F,U+0870-089F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C,U+200E-200F,U+25CC'
HEBREW='U+0590-05FF,U+FB1D-FB4F,U+200C,U+200E-200F,U+25CC'
subset() { # source unicodes output
  pyftsubset "$1" --unicodes="$2" --layout-features='*' --no-hinting --desubroutinize \
    --name-IDs='*' --output-file="$OUT/$3"
}
for style in Regular Bold Italic; do subset "$NOTO/NotoSans-$style.ttf" "$SANS" "NotoSans-$style.ttf"; done
for style in Regular Bold; do
  subset "$NOTO/NotoSansArabic-$style.ttf" "$ARABIC" "NotoSansArabic-$style.ttf"
  subset "$NOTO/NotoSansHebrew-$style.ttf" "$HEBREW" "NotoSansHebrew-$style.ttf"
done
# Monochrome Noto Emoji (the colour font's bitmaps cannot go into a PDF), all of it.
pyftsubset "$EMOJI/files/noto-emoji-emoji-400-normal.woff" --unicodes='*' --layout-features='*' \
  --no-hinting --name-IDs='*' --output-file="$OUT/NotoEmoji-Regular.ttf"
/usr/bin/python3 "$(dirname "$0")/unshare-ligatures.py" "$OUT/NotoEmoji-Regular.ttf"

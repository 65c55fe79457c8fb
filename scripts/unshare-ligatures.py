"""Gives every ligature of a font its own glyph (run by scripts/make-fonts.sh).

Noto Emoji is monochrome, so it draws a skin-tone or gendered sequence
(thumbs up + medium skin tone) with the plain emoji's glyph. A PDF maps each
glyph to one text, so every later copy of the sequence would read back, be
copied and searched as the plain emoji. Here each ligature that shares its
glyph with a character or another ligature gets a copy (a composite glyph
drawing the same outline), and the PDF can map it to the whole sequence.

usage: python3 unshare-ligatures.py FONT
"""
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

path = sys.argv[1]
font = TTFont(path)
glyf, hmtx = font["glyf"], font["hmtx"]
order = list(font.getGlyphOrder())
used = set(font.getBestCmap().values())
copies = 0


def ligature_subtables(lookup):
    for table in lookup.SubTable:
        if lookup.LookupType == 7:
            table = table.ExtSubTable
        if table.LookupType == 4:
            yield table


for lookup in font["GSUB"].table.LookupList.Lookup:
    for table in ligature_subtables(lookup):
        for ligatures in table.ligatures.values():
            for ligature in ligatures:
                shared = ligature.LigGlyph
                if shared not in used:
                    used.add(shared)
                    continue
                name = f"{shared}.lig{copies}"
                glyph = Glyph()
                glyph.numberOfContours = -1
                component = GlyphComponent()
                component.glyphName, component.x, component.y, component.flags = shared, 0, 0, 0x4
                glyph.components = [component]
                glyf.glyphs[name] = glyph
                hmtx.metrics[name] = hmtx.metrics[shared]
                order.append(name)
                ligature.LigGlyph = name
                copies += 1

font.setGlyphOrder(order)
glyf.glyphOrder = order
font.save(path)
print(f"{path}: {copies} ligatures given their own glyph")

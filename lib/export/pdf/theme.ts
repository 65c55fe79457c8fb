import { StyleSheet } from '@react-pdf/renderer';

/** The document's look: A4, Noto Sans (shipped in public/fonts), sober colours that print well in grey. */
export const FONT_FAMILY = 'Noto Sans';
/**
 * The font families, in the order react-pdf tries them for each character:
 * Noto Sans (Latin, Greek, Cyrillic), then emoji, Arabic and Hebrew. Emoji
 * comes before the scripts that also map U+200D, so a ZWJ sequence stays in
 * one run and its ligature forms.
 */
export const FONT_STACK = [FONT_FAMILY, 'Noto Emoji', 'Noto Sans Arabic', 'Noto Sans Hebrew'] as const;

export const colours = {
  text: '#1b1b1b',
  muted: '#505a5f',
  accent: '#1d4f7a',
  accentLight: '#e8f0f7',
  rule: '#b1b4b6',
  shade: '#f3f2f1',
  quadrant: ['#e3f1e6', '#fdf3dc', '#eef0f2', '#f8e5e3'],
} as const;

/**
 * Line height is set on text styles, never on a page: react-pdf resolves an
 * inherited unitless line height again on every page for fixed elements
 * (footer, repeated table headers), which compounds until layout breaks.
 */
const LINE = 1.4;
/**
 * Body text size. A text style with a line height names its size too: react-pdf turns a
 * unitless line height into points with the style's own font size (18 when unset), before
 * the page's size is inherited.
 */
const BODY = 9.5;

/** A4 width (595 pt) less the page's side padding: what a table or timeline can use. */
const PAGE_PADDING = 50;
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_PADDING;

export const styles = StyleSheet.create({
  page: {
    fontFamily: [...FONT_STACK],
    fontSize: BODY,
    color: colours.text,
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: PAGE_PADDING,
  },
  cover: { fontFamily: [...FONT_STACK], color: colours.text, padding: 60, justifyContent: 'space-between' },
  coverBand: { borderLeftWidth: 6, borderLeftColor: colours.accent, paddingLeft: 18, marginTop: 120 },
  coverOrganisation: { fontSize: 14, color: colours.muted, marginBottom: 14 },
  coverTitle: { fontSize: 28, fontWeight: 'bold', lineHeight: 1.2, marginBottom: 10 },
  coverSubtitle: { fontSize: 14, color: colours.accent, marginBottom: 24 },
  coverSlogan: { fontSize: 13, fontStyle: 'italic', marginBottom: 8 },
  coverMeta: { fontSize: 10, color: colours.muted },
  coverMetaRow: { flexDirection: 'row', marginBottom: 4 },
  coverMetaLabel: { width: 70, fontWeight: 'bold', color: colours.text },
  coverIncomplete: {
    marginTop: 18,
    padding: 10,
    borderWidth: 1.5,
    borderColor: colours.accent,
    fontSize: 11,
    fontWeight: 'bold',
  },
  header: { position: 'absolute', top: 20, left: 50, right: 50, fontSize: 7.5, color: colours.muted },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 50,
    right: 50,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: colours.muted,
    borderTopWidth: 0.5,
    borderTopColor: colours.rule,
    paddingTop: 5,
  },
  partTitle: {
    fontSize: 20,
    fontWeight: 'bold',
    color: colours.accent,
    marginBottom: 16,
    paddingBottom: 10,
    lineHeight: 1.3,
    borderBottomWidth: 2,
    borderBottomColor: colours.accent,
  },
  sectionTitle: { fontSize: 15, fontWeight: 'bold', color: colours.accent, marginTop: 14, marginBottom: 8 },
  pageTitle: { fontSize: 18, fontWeight: 'bold', color: colours.accent, marginBottom: 14 },
  blockTitle: { fontSize: 11, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  paragraph: { fontSize: BODY, lineHeight: LINE, marginBottom: 5 },
  listItem: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 12 },
  listText: { fontSize: BODY, lineHeight: LINE, flex: 1 },
  fieldRow: { flexDirection: 'row', paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: colours.shade },
  fieldLabel: { fontSize: BODY, lineHeight: LINE, width: '38%', fontWeight: 'bold', paddingRight: 8 },
  fieldValue: { fontSize: BODY, lineHeight: LINE, width: '62%' },
  table: { marginBottom: 6 },
  tableHeader: {
    flexDirection: 'row',
    backgroundColor: colours.accentLight,
    borderBottomWidth: 1,
    borderBottomColor: colours.accent,
  },
  tableHeaderCell: { fontWeight: 'bold', fontSize: 8, paddingVertical: 3, paddingHorizontal: 3 },
  tableRow: { borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  tableRowEmphasis: { backgroundColor: colours.accentLight, fontWeight: 'bold' },
  tableCells: { flexDirection: 'row' },
  tableCell: { lineHeight: LINE, fontSize: 8.5, paddingVertical: 3, paddingHorizontal: 3 },
  tableDetail: { lineHeight: LINE, paddingHorizontal: 3, paddingBottom: 2, fontSize: 8, color: colours.muted },
  tableFooter: { flexDirection: 'row', borderTopWidth: 1, borderTopColor: colours.text, fontWeight: 'bold' },
  notice: {
    padding: 8,
    borderLeftWidth: 4,
    borderLeftColor: colours.accent,
    backgroundColor: colours.shade,
    marginVertical: 6,
  },
  tocRow: { flexDirection: 'row', marginBottom: 5 },
  tocNumber: { width: 24 },
  tocPart: { fontWeight: 'bold', marginTop: 8 },
  approvalTable: { marginTop: 10, borderTopWidth: 1, borderTopColor: colours.text },
  approvalRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colours.rule, minHeight: 44 },
  approvalHead: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colours.text },
  approvalCell: { flex: 1, padding: 4, fontWeight: 'bold', fontSize: 8.5 },
  approvalSignature: { flex: 1.6, padding: 4, fontWeight: 'bold', fontSize: 8.5 },
});

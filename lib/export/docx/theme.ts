import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type IPropertiesOptions,
  type ITableBordersOptions,
} from 'docx';

/** The Word document's look: colours, page, the named styles a template can restyle. */

export const COLOURS = {
  text: '1B1B1B',
  muted: '505A5F',
  accent: '1D4F7A',
  accentLight: 'E8F0F7',
  rule: 'B1B4B6',
  shade: 'F3F2F1',
};
export const FONT = 'Calibri';
/** A4 in twips, 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const BULLETS = 'bullets';

export const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
export const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** Rules between rows, none between columns: easy to read and to restyle with a template's table style. */
export const TABLE_BORDERS: ITableBordersOptions = {
  top: rule,
  bottom: rule,
  insideHorizontal: rule,
  left: none,
  right: none,
  insideVertical: none,
};

/** The document's styles and list numbering, every run in the document language. */
export function documentStyles(language: { value: string }): Pick<IPropertiesOptions, 'styles' | 'numbering'> {
  const headingStyle = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: COLOURS.accent, language },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const paragraphStyle = (id: string, name: string, run: object, paragraph: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { language, ...run },
    paragraph,
  });

  return {
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, color: COLOURS.text, language },
          paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: COLOURS.accent, language },
          paragraph: { spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(34, 0, 0),
        heading2: headingStyle(28, 360, 1),
        heading3: headingStyle(23, 240, 2),
        listParagraph: { run: { language } },
      },
      paragraphStyles: [
        paragraphStyle('Subtitle', 'Subtitle', { size: 30, color: COLOURS.muted }, { spacing: { after: 240 } }),
        paragraphStyle(
          'CoverOrganisation',
          'Cover organisation',
          { size: 26, bold: true, color: COLOURS.muted },
          { spacing: { before: 2400, after: 240 } },
        ),
        paragraphStyle('Slogan', 'Slogan', { size: 26, italics: true }, { spacing: { after: 1200 } }),
        paragraphStyle(
          'ContentsTitle',
          'TOC Heading',
          { size: 34, bold: true, color: COLOURS.accent },
          { spacing: { after: 240 } },
        ),
        paragraphStyle(
          'TableText',
          'Table text',
          { size: 18 },
          { spacing: { before: 40, after: 40, line: 264, lineRule: LineRuleType.AUTO } },
        ),
        paragraphStyle('TableGap', 'Table gap', { size: 10 }, { spacing: { after: 120 } }),
        paragraphStyle(
          'Caption',
          'caption',
          { size: 18, bold: true, color: COLOURS.muted },
          { spacing: { before: 120, after: 60 } },
        ),
        paragraphStyle('Footer', 'footer', { size: 16, color: COLOURS.muted }, { spacing: { after: 0 } }),
        paragraphStyle(
          'Notice',
          'Notice',
          {},
          {
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.accentLight },
            border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOURS.accent, space: 6 } },
            spacing: { before: 120, after: 200 },
          },
        ),
      ],
      characterStyles: [
        {
          id: 'Hyperlink',
          name: 'Hyperlink',
          basedOn: 'DefaultParagraphFont',
          run: { color: '0563C1', underline: { type: 'single' } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
  };
}

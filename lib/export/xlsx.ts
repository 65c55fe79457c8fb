import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SheetTable, SheetValue } from './actionPlanTable';

/**
 * A table as an Excel workbook (Office Open XML, one sheet): a bold header row that stays in view and filters,
 * texts stored exactly (inline strings, never formulas), amounts as numbers, months as dates shown "mmm yyyy".
 * Small on purpose: the app writes one kind of sheet, so it needs no spreadsheet library.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Style indexes in `STYLES`' cellXfs. */
const STYLE = { text: 3, header: 1, month: 2, number: 0, amount: 4 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\ yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs></styleSheet>`;

/** "A", "B", … "Z", "AA": the column's letters. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30: Excel's serial number of a calendar day. */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text for a spreadsheet cell, exactly as typed. XML cannot hold most control characters nor a lone surrogate;
 * SpreadsheetML writes those as `_xHHHH_`, and an underscore that would read as such an escape as `_x005F_`.
 */
export function sheetText(text: string): string {
  const escaped = text.replace(
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  return escapeXml(escaped);
}

function cell(value: SheetValue, ref: string, header = false): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'text':
      return `<c r="${ref}" t="inlineStr" s="${header ? STYLE.header : STYLE.text}"><is><t xml:space="preserve">${sheetText(value.text)}</t></is></c>`;
    case 'number':
      return `<c r="${ref}" s="${value.format === 'amount' ? STYLE.amount : STYLE.number}"><v>${value.value}</v></c>`;
    case 'month': {
      const [year = 1970, month = 1] = value.month.split('-').map(Number);
      return `<c r="${ref}" s="${STYLE.month}"><v>${excelSerial(year, month, 1)}</v></c>`;
    }
  }
}

function sheetXml(table: SheetTable): string {
  const last = columnName(table.columns.length - 1);
  const header = table.columns.map((column, index) =>
    cell({ kind: 'text', text: column.header }, `${columnName(index)}1`, true),
  );
  const rows = table.rows.map(
    (row, r) => `<row r="${r + 2}">${row.map((value, c) => cell(value, `${columnName(c)}${r + 2}`)).join('')}</row>`,
  );
  const cols = table.columns
    .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><dimension ref="A1:${last}${table.rows.length + 1}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData><row r="1">${header.join('')}</row>${rows.join('')}</sheetData><autoFilter ref="A1:${last}${table.rows.length + 1}"/></worksheet>`;
}

export interface WorkbookMeta {
  title: string;
  creator: string;
  /** The export's date, YYYY-MM-DD. */
  date: string;
  /** BCP 47 tag of the document language. */
  language: string;
}

/** Table → .xlsx bytes. Pure: the date comes in. */
export function toXlsx(table: SheetTable, meta: WorkbookMeta): Uint8Array {
  const sheetName = escapeXml(table.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  const last = columnName(table.columns.length - 1);
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${sheetText(meta.title)}</dc:title><dc:creator>${sheetText(meta.creator)}</dc:creator><dc:language>${escapeXml(meta.language)}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${meta.date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${meta.date}T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${sheetName.replace(/'/g, "''")}'!$A$1:$${last}$${table.rows.length + 1}</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': sheetXml(table),
  };
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = strToU8(text);
  // A fixed time stamp for the zip entries: the same plan gives the same bytes.
  return zipSync(zippable, { level: 6, mtime: new Date(`${meta.date}T12:00:00Z`) });
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportInstance, FONT_FAMILIES, registerFonts, type RenderRequest } from './document';
import { cacheShaping } from './shaping';

const FONTS = new URL('../../../public/fonts/', import.meta.url);

/** Renders in Node (CLI, tests) with the fonts shipped in public/fonts. */
export async function renderPdfInNode(request: RenderRequest): Promise<Buffer> {
  cacheShaping(readFileSync(new URL(FONT_FAMILIES['Noto Sans Hebrew'].regular, FONTS)));
  registerFonts(fileURLToPath(FONTS));
  const stream = await (await exportInstance(request)).toBuffer();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

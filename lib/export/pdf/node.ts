import { fileURLToPath } from 'node:url';
import { exportInstance, registerFonts, type RenderRequest } from './document';

/** Renders in Node (CLI, tests) with the fonts shipped in public/fonts. */
export async function renderPdfInNode(request: RenderRequest): Promise<Buffer> {
  registerFonts(fileURLToPath(new URL('../../../public/fonts/', import.meta.url)));
  const stream = await (await exportInstance(request)).toBuffer();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

import { Packer } from 'docx';
import { docxFromDraft, type DocxRequest } from './build';

/** Draft → the .docx file's bytes, in Node or a browser (worker). */
export async function renderDocx(request: DocxRequest): Promise<Uint8Array> {
  const { document, overrides } = docxFromDraft(request);
  return Packer.pack(document, 'uint8array', false, overrides);
}

import { backupFileName, backupFileText } from '@/lib/draft/backupFile';
import { recordBackup } from '@/lib/draft/backupLog';
import type { Draft } from '@/lib/draft/envelope';

/** Offers text as a file download; the data goes from memory to the user's disk, nowhere else. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a backup file of these drafts, records the backup, returns the file name. */
export function downloadBackup(drafts: readonly Draft[], now: Date = new Date()): string {
  const fileName = backupFileName(drafts, now);
  downloadText(fileName, backupFileText(drafts, now));
  recordBackup(
    drafts.map((draft) => draft.uid),
    now,
  );
  return fileName;
}

/** A damaged record as it is stored, as readable JSON where possible. */
export function rawRecordText(raw: unknown): string {
  try {
    return `${JSON.stringify(raw, null, 2) ?? String(raw)}\n`;
  } catch {
    return String(raw);
  }
}

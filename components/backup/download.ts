import { downloadFile } from '@/components/ui/download';
import { backupFileName, backupFileText } from '@/lib/draft/backupFile';
import { recordBackup } from '@/lib/draft/backupLog';
import type { Draft } from '@/lib/draft/envelope';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, text, type);
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

import { PRESENTATION_KEY } from '@/lib/presentation';
import { clearLocalData, localStore, type SyncStorage } from './localData';
import { deleteAllDrafts } from './storage';

/**
 * "Delete all my data on this device" and the trainer's "Reset for the next
 * group": every draft (damaged records included) and every local copy go.
 * The trainer's reset keeps the device's presentation setting, which belongs
 * to the room, not to a participant; deleting all data removes it too.
 * Throws a StorageError when the drafts could not be deleted; `local` is
 * false when localStorage could not be cleared.
 */
export async function wipeDevice(
  { keepPresentation = false }: { keepPresentation?: boolean } = {},
  storage: SyncStorage | null = localStore(),
): Promise<{ local: boolean }> {
  await deleteAllDrafts();
  return { local: clearLocalData(storage, keepPresentation ? [PRESENTATION_KEY] : []) };
}

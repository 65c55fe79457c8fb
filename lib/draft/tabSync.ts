import { z } from 'zod/mini';

/**
 * Tells the other tabs of this browser what was written, so a tab showing
 * the same draft notices another tab's save at once (the revision check in
 * saveDraft catches the rest). Same device, same origin: nothing leaves the
 * browser. Messages are validated like any other input.
 */

export const CHANNEL_NAME = 'welzijnskompas';

const messageSchema = z.union([
  z.object({ type: z.literal('saved'), uid: z.string(), revision: z.int() }),
  z.object({ type: z.literal('deleted'), uid: z.string() }),
  z.object({ type: z.literal('changed') }),
  z.object({ type: z.literal('cleared') }),
]);
export type TabMessage = z.output<typeof messageSchema>;

let channel: BroadcastChannel | null | undefined;

function sharedChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  // One channel object per tab: a channel never receives its own messages.
  channel =
    typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel(CHANNEL_NAME)
      : null;
  return channel;
}

export function announce(message: TabMessage): void {
  try {
    sharedChannel()?.postMessage(message);
  } catch {
    // Another tab then learns of the change from the revision check on its next save.
  }
}

/** Calls `listener` for every valid message from another tab; returns the unsubscribe function. */
export function onTabMessage(listener: (message: TabMessage) => void): () => void {
  const target = sharedChannel();
  if (!target) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success) listener(parsed.data);
  };
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}

/** What a tab showing draft `uid` at `revision` should do with a message. */
export function tabMessageEffect(message: TabMessage, uid: string, revision: number): 'conflict' | 'gone' | null {
  if (message.type === 'saved') return message.uid === uid && message.revision > revision ? 'conflict' : null;
  if (message.type === 'deleted') return message.uid === uid ? 'gone' : null;
  if (message.type === 'cleared') return 'gone';
  return null;
}

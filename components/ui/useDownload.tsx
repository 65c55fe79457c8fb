'use client';

import { useState } from 'react';

export type DownloadState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed' };

/**
 * One file made on the device at a time: `start(make)` runs `make`, which saves the file and resolves with its
 * name, unless a file is still being made. `state` says how it went, for `DownloadStatus`.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  async function start(make: () => Promise<string>) {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      setState({ kind: 'done', file: await make() });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  }
  return { state, busy: state.kind === 'working', start };
}

/** The status line of a download (role status): working, the file's name once saved, or that it failed. */
export function DownloadStatus({
  state,
  working,
  done,
  failed,
}: {
  state: DownloadState;
  working: string;
  done: (file: string) => string;
  failed: string;
}) {
  return (
    <p role="status" aria-live="polite" className={state.kind === 'failed' ? 'error-message' : undefined}>
      {state.kind === 'working'
        ? working
        : state.kind === 'done'
          ? done(state.file)
          : state.kind === 'failed'
            ? failed
            : null}
    </p>
  );
}

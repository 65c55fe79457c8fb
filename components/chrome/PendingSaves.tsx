'use client';

import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';

type Flush = () => Promise<void>;

interface PendingSaves {
  /** Registers a flush function; returns the unregister function. */
  register: (flush: Flush) => () => void;
  /** Saves everything pending, e.g. before a full-page navigation. */
  flushAll: () => Promise<void>;
}

const PendingSavesContext = createContext<PendingSaves>({
  register: () => () => undefined,
  flushAll: async () => undefined,
});

export function PendingSavesProvider({ children }: { children: ReactNode }) {
  const flushers = useRef(new Set<Flush>());
  const register = useCallback((flush: Flush) => {
    flushers.current.add(flush);
    return () => {
      flushers.current.delete(flush);
    };
  }, []);
  const flushAll = useCallback(async () => {
    await Promise.all([...flushers.current].map((flush) => flush()));
  }, []);
  const value = useMemo(() => ({ register, flushAll }), [register, flushAll]);
  return <PendingSavesContext value={value}>{children}</PendingSavesContext>;
}

export function usePendingSaves(): PendingSaves {
  return useContext(PendingSavesContext);
}

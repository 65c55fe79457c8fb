import { describe, expect, it, vi } from 'vitest';
import { currentPersistence, requestPersistence } from './persistence';

const manager = (persisted: boolean, grants: boolean | Error) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => {
    if (grants instanceof Error) throw grants;
    return grants;
  }),
});

describe('persistent storage', () => {
  it('does not ask again when the data is kept already', async () => {
    const storage = manager(true, false);
    expect(await requestPersistence(storage)).toBe('persisted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks, and reports the browser’s answer', async () => {
    expect(await requestPersistence(manager(false, true))).toBe('persisted');
    expect(await requestPersistence(manager(false, false))).toBe('not-persisted');
    expect(await requestPersistence(manager(false, new Error('denied')))).toBe('not-persisted');
  });

  it('says so when the browser cannot tell', async () => {
    expect(await requestPersistence(null)).toBe('unsupported');
    expect(
      await currentPersistence({ persisted: () => Promise.reject(new Error('x')), persist: async () => true }),
    ).toBe('unsupported');
  });
});

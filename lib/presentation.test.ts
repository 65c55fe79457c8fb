import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/testStorage';
import {
  applyPresentation,
  PRESENTATION_ATTRIBUTE,
  PRESENTATION_KEY,
  PRESENTATION_SCRIPT,
  readPresentation,
  writePresentation,
} from './presentation';

function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

describe('presentation mode', () => {
  it('is off until turned on, and remembers both choices', () => {
    const storage = memoryStorage();
    expect(readPresentation(storage)).toBe(false);
    expect(writePresentation(true, storage)).toBe(true);
    expect(readPresentation(storage)).toBe(true);
    expect(writePresentation(false, storage)).toBe(true);
    expect(readPresentation(storage)).toBe(false);
    expect(storage.items.has(PRESENTATION_KEY)).toBe(false);
  });

  it('is off and not remembered when storage is blocked', () => {
    expect(readPresentation(null)).toBe(false);
    expect(writePresentation(true, null)).toBe(false);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writePresentation(true, full)).toBe(false);
  });

  it('shows on the root element', () => {
    const root = fakeRoot();
    applyPresentation(true, root);
    expect(root.attributes.get(PRESENTATION_ATTRIBUTE)).toBe('on');
    applyPresentation(false, root);
    expect(root.attributes.has(PRESENTATION_ATTRIBUTE)).toBe(false);
  });

  it('is applied before the first paint by the layout’s script, which reads the same key', () => {
    const root = fakeRoot();
    const run = (storage: ReturnType<typeof memoryStorage>) =>
      new Function('localStorage', 'document', PRESENTATION_SCRIPT)(storage, { documentElement: root });
    run(memoryStorage());
    expect(root.attributes.has(PRESENTATION_ATTRIBUTE)).toBe(false);
    run(memoryStorage({ [PRESENTATION_KEY]: 'on' }));
    expect(root.attributes.get(PRESENTATION_ATTRIBUTE)).toBe('on');
  });
});

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/testStorage';
import { guessMapping } from './mapping';
import { initialMapping, rememberedKey, rememberedMapping, rememberMapping, REMEMBERED_PER_KIND } from './remembered';

const HEADERS = ['Afdeling', 'Periode', 'Afwezig', 'Beschikbaar', 'Meldingen', 'Mensen'];
const CONFIRMED = { team: 0, month: 1, sickDays: 2, availableDays: 3, spells: 4, headcount: 5 };

describe('the remembered column mapping', () => {
  it('starts from the guess, then from what the user confirmed for the same columns', () => {
    const storage = memoryStorage();
    expect(initialMapping('absence', HEADERS, storage)).toEqual({
      mapping: guessMapping('absence', HEADERS),
      remembered: false,
    });
    expect(rememberMapping('absence', HEADERS, CONFIRMED, storage)).toBe(true);
    expect(initialMapping('absence', HEADERS, storage)).toEqual({ mapping: CONFIRMED, remembered: true });
    // Case and spacing of the headers do not make another file.
    expect(
      rememberedMapping('absence', [' afdeling', 'PERIODE', 'Afwezig', 'Beschikbaar', 'Meldingen', 'Mensen'], storage),
    ).toEqual(CONFIRMED);
  });

  it('is kept per kind of file and per header set; other columns or another kind start from the guess', () => {
    const storage = memoryStorage();
    rememberMapping('absence', HEADERS, CONFIRMED, storage);
    expect(rememberedMapping('absence', [...HEADERS, 'Opmerking'], storage)).toBeNull();
    expect(rememberedMapping('absence', [...HEADERS].reverse(), storage)).toBeNull();
    expect(rememberedMapping('survey', HEADERS, storage)).toBeNull();
  });

  it('replaces the mapping of the same columns and keeps the latest few header sets, newest first', () => {
    const storage = memoryStorage();
    rememberMapping('absence', HEADERS, CONFIRMED, storage);
    rememberMapping('absence', HEADERS, { ...CONFIRMED, headcount: null }, storage);
    expect(rememberedMapping('absence', HEADERS, storage)?.headcount).toBeNull();
    for (let index = 0; index < REMEMBERED_PER_KIND; index += 1) {
      rememberMapping('absence', [...HEADERS, `extra ${index}`], CONFIRMED, storage);
    }
    const stored = JSON.parse(storage.getItem(rememberedKey('absence')) ?? '[]') as { headers: string[] }[];
    expect(stored).toHaveLength(REMEMBERED_PER_KIND);
    expect(stored[0]?.headers.at(-1)).toBe(`extra ${REMEMBERED_PER_KIND - 1}`);
    // The oldest, the plain header set, fell out.
    expect(rememberedMapping('absence', HEADERS, storage)).toBeNull();
  });

  it('ignores what it cannot trust: broken JSON, another shape, a column the file does not have', () => {
    const broken = memoryStorage({ [rememberedKey('absence')]: '{not json' });
    expect(rememberedMapping('absence', HEADERS, broken)).toBeNull();
    const shape = memoryStorage({ [rememberedKey('absence')]: JSON.stringify([{ headers: 'x', mapping: 1 }]) });
    expect(rememberedMapping('absence', HEADERS, shape)).toBeNull();
    const short = ['afdeling', 'periode'];
    const outside = memoryStorage({
      [rememberedKey('absence')]: JSON.stringify([{ headers: short, mapping: { ...CONFIRMED } }]),
    });
    expect(rememberedMapping('absence', short, outside)).toBeNull();
    expect(rememberMapping('absence', HEADERS, CONFIRMED, null)).toBe(false);
  });

  it('says so when storage refuses the write, and the app key prefix is used', () => {
    const storage = memoryStorage();
    const full = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(rememberMapping('absence', HEADERS, CONFIRMED, full)).toBe(false);
    expect(rememberedKey('survey')).toBe('welzijnskompas:import-mapping:survey');
  });
});

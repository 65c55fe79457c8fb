import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, typeset, typesetFrench } from './typography';

const app = (text: string) => typeset(text, 'fr', 'app');
const user = (text: string) => typeset(text, 'fr', 'user');

describe('French typesetting of the app’s own text', () => {
  it('puts a no-break space before a colon and a narrow one before ; ? !, replacing or inserting', () => {
    expect(app('Description : la suite')).toBe(`Description${NBSP}: la suite`);
    expect(app('Description: la suite')).toBe(`Description${NBSP}: la suite`);
    expect(app('Remplacer votre texte ?')).toBe(`Remplacer votre texte${NNBSP}?`);
    expect(app('Attention! Voici ; et voilà')).toBe(`Attention${NNBSP}! Voici${NNBSP}; et voilà`);
    expect(app('{task} : aucun responsable final.')).toBe(`{task}${NBSP}: aucun responsable final.`);
    // A fragment that is appended to a word when the message is composed.
    expect(app(' : champ « {field} »')).toBe(`${NBSP}: champ «${NNBSP}{field}${NNBSP}»`);
  });

  it('sets « » with narrow no-break spaces and groups thousands', () => {
    expect(app('le slogan « Bien au travail »')).toBe(`le slogan «${NNBSP}Bien au travail${NNBSP}»`);
    expect(app('le slogan «Bien»')).toBe(`le slogan «${NNBSP}Bien${NNBSP}»`);
    expect(app('412 024 jours sur 5 976 971')).toBe(`412${NNBSP}024 jours sur 5${NNBSP}976${NNBSP}971`);
  });

  it('leaves URLs, times, ratios and years alone', () => {
    for (const text of [
      'https://overheid.vlaanderen.be/welzijn?lang=fr&x=1',
      'Réunion à 10:30, salle 2',
      'Un rapport 1:5',
      'de 2027 à 2028',
      'mailto:rh@example.be',
    ]) {
      expect(app(text)).toBe(text);
    }
  });

  it('is idempotent and leaves Dutch text unchanged', () => {
    const once = app('Texte : « citation » ; 12 500 € ?');
    expect(app(once)).toBe(once);
    expect(typeset('Beschrijving : tekst ?', 'nl')).toBe('Beschrijving : tekst ?');
  });
});

describe('French typesetting of the user’s text', () => {
  it('only replaces an ordinary space that is there, never inserts one', () => {
    expect(user('Mon texte : oui ?')).toBe(`Mon texte${NBSP}: oui${NNBSP}?`);
    expect(user('Mon texte: oui?')).toBe('Mon texte: oui?');
    expect(user('« Slogan »')).toBe(`«${NNBSP}Slogan${NNBSP}»`);
    expect(user('«Slogan»')).toBe('«Slogan»');
    expect(user('12 500')).toBe('12 500');
  });

  it('never changes anything but spaces: same length, every other character as typed', () => {
    const alphabet = fc.constantFrom(' ', 'a', 'é', ':', ';', '?', '!', '«', '»', '1', '/', NBSP, '\n', '{', '}');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')),
        (text) => {
          for (const result of [user(text), app(text)]) {
            const kept = (value: string) => value.replace(/[ \u00a0\u202f]/g, '');
            expect(kept(result)).toBe(kept(text));
          }
          const typed = user(text);
          expect(typed.length).toBe(text.length);
          [...typed].forEach((char, index) => {
            if (char !== text[index])
              expect([text[index], char]).toEqual([' ', expect.stringMatching(/[\u00a0\u202f]/)]);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('typesetFrench', () => {
  it('typesets strings under fr keys only, at any depth', () => {
    const content = { nl: { label: 'Vraag ?' }, fr: { label: 'Question ?', list: ['Oui : non'] }, code: 'a:b ?' };
    expect(typesetFrench(content)).toEqual({
      nl: { label: 'Vraag ?' },
      fr: { label: `Question${NNBSP}?`, list: [`Oui${NBSP}: non`] },
      code: 'a:b ?',
    });
  });
});

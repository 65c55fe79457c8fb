import { describe, expect, it } from 'vitest';
import { parseContact } from './contact';

describe('the accessibility contact set at build time', () => {
  it('is absent when unset or blank', () => {
    expect(parseContact(undefined)).toBeNull();
    expect(parseContact('  ')).toBeNull();
  });

  it('links an e-mail address, a web address and a phone number', () => {
    expect(parseContact(' toegankelijkheid@voorbeeld.be ')).toEqual({
      kind: 'email',
      href: 'mailto:toegankelijkheid@voorbeeld.be',
      label: 'toegankelijkheid@voorbeeld.be',
    });
    expect(parseContact('https://voorbeeld.be/contact')).toEqual({
      kind: 'web',
      href: 'https://voorbeeld.be/contact',
      label: 'voorbeeld.be/contact',
    });
    expect(parseContact('+32 2 123 45 67')).toEqual({
      kind: 'phone',
      href: 'tel:+3221234567',
      label: '+32 2 123 45 67',
    });
  });

  it('ignores anything else, such as a script URL', () => {
    expect(parseContact('javascript:alert(1)')).toBeNull();
    expect(parseContact('not a contact')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { safeHref } from './safeLink';

describe('safeHref', () => {
  it.each([
    ['https://www.vlaanderen.be/welzijn', 'https://www.vlaanderen.be/welzijn'],
    [' http://example.org ', 'http://example.org/'],
    ['mailto:hr@example.org', 'mailto:hr@example.org'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
  ])('links %j', (text, href) => expect(safeHref(text)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example',
    '/nl/',
    'www.example.org',
    'https://exa mple.org',
    'https://\u0000example.org',
    'mailto:',
    '',
  ])('never links %j', (text) => expect(safeHref(text)).toBeNull());
});

/**
 * The accessibility contact that the host sets at build time
 * (NEXT_PUBLIC_ACCESSIBILITY_CONTACT): an e-mail address, a web address or a
 * phone number. Empty or unset: the statement asks users to contact the
 * organisation that offers the app.
 */
export type Contact = { kind: 'email' | 'web' | 'phone'; href: string; label: string } | null;

/** When the accessibility of the app was last assessed (ISO date); update it with every assessment. */
export const LAST_ASSESSMENT = '2026-12-02';

export function parseContact(raw: string | undefined): Contact {
  const value = raw?.trim() ?? '';
  if (!value) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { kind: 'email', href: `mailto:${value}`, label: value };
  if (/^https?:\/\/[^\s]+$/i.test(value))
    return { kind: 'web', href: value, label: value.replace(/^https?:\/\//i, '') };
  if (/^\+?[\d\s./-]{6,}$/.test(value))
    return { kind: 'phone', href: `tel:${value.replace(/[\s./-]/g, '')}`, label: value };
  return null;
}

/** The configured contact; Next inlines the variable at build time. */
export function accessibilityContact(): Contact {
  return parseContact(process.env.NEXT_PUBLIC_ACCESSIBILITY_CONTACT);
}

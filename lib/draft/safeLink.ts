/**
 * The only way user text may become a link target (in the UI or an export):
 * http(s) and mailto URLs, nothing else — no `javascript:`, `data:`, `file:`
 * or relative tricks. Returns the normalised URL, or null to show plain text.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(text: string): string | null {
  const candidate = text.trim();
  // Only absolute URLs the user wrote out in full; control characters never.
  if (!/^(https?:\/\/|mailto:)/i.test(candidate) || /[\u0000-\u001f\u007f\s]/.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if (!ALLOWED.has(url.protocol)) return null;
    // An address to write to, or a host to visit: never an empty link.
    return (url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '') ? url.href : null;
  } catch {
    return null;
  }
}

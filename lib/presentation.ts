import { LOCAL_PREFIX, localStore, type SyncStorage } from '@/lib/draft/localData';

/**
 * Presentation mode: larger text for a projector. Remembered per device in
 * localStorage and shown as `data-presentation="on"` on <html>, where
 * app/globals.css scales the root font size (every size in the app is in rem).
 * An inline script in the layout applies it before the first paint, so a page
 * never flashes at the normal size; it survives reloads and the language switch.
 */

export const PRESENTATION_KEY = `${LOCAL_PREFIX}presentation`;
export const PRESENTATION_ATTRIBUTE = 'data-presentation';

export function readPresentation(storage: SyncStorage | null = localStore()): boolean {
  try {
    return storage?.getItem(PRESENTATION_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Stores the choice; returns false when it could not be remembered (storage blocked or full). */
export function writePresentation(on: boolean, storage: SyncStorage | null = localStore()): boolean {
  if (!storage) return false;
  try {
    if (on) storage.setItem(PRESENTATION_KEY, 'on');
    else storage.removeItem(PRESENTATION_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Shows the choice on the page at once. */
export function applyPresentation(on: boolean, root: Pick<Element, 'setAttribute' | 'removeAttribute'>): void {
  if (on) root.setAttribute(PRESENTATION_ATTRIBUTE, 'on');
  else root.removeAttribute(PRESENTATION_ATTRIBUTE);
}

/**
 * The inline script of the layout's <head> (its hash goes into the CSP with the
 * other inline scripts, see scripts/csp.mjs). Plain ES5, no user data.
 */
export const PRESENTATION_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(PRESENTATION_KEY)})==='on')document.documentElement.setAttribute(${JSON.stringify(PRESENTATION_ATTRIBUTE)},'on')}catch(e){}`;

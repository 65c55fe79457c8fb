import { enclosingIds } from '@/lib/openEntry';

/**
 * The element of the form kit's field id, or, while its entry is closed,
 * the nearest enclosing one that is drawn (the entry's summary row toggle,
 * else the list). For ordering the error summary by page position.
 */
export function locateField(id: string): HTMLElement | null {
  for (const candidate of [id, ...enclosingIds(id)]) {
    const element = document.getElementById(candidate);
    if (element) return element;
  }
  return null;
}

function focusAt(element: HTMLElement) {
  const label = document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
  (element.closest('fieldset') ?? label ?? element).scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

/**
 * Move to the field with this id and focus it. When it sits in a closed
 * entry (FoldingEntry), open that entry first and focus the field once it
 * is drawn; when it never appears, the entry's row keeps focus.
 */
export function revealField(id: string): boolean {
  const field = document.getElementById(id);
  if (field) {
    focusAt(field);
    return true;
  }
  const around = locateField(id);
  if (!around) return false;
  if (around.dataset.folding !== 'closed') {
    focusAt(around);
    return true;
  }
  around.click();
  around.focus();
  let frames = 0;
  const wait = () => {
    const drawn = document.getElementById(id);
    if (drawn) focusAt(drawn);
    else if (frames++ < 30) window.requestAnimationFrame(wait);
  };
  window.requestAnimationFrame(wait);
  return true;
}

import { fieldId } from './useStepForm';

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

/**
 * Focus the form field named like react-hook-form names it ("actions.2.owner")
 * and scroll it into view; when that exact field is not on the page, the
 * nearest enclosing one ("actions.2", "actions"). Opens closed disclosures
 * around it. Returns false when nothing matched.
 */
export function focusField(name: string): boolean {
  const parts = name.split('.');
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('.');
    const quoted = CSS.escape(prefix);
    const element =
      document.getElementById(fieldId(prefix)) ??
      document.querySelector(`[name="${quoted}"]`) ??
      document.querySelector(`[name^="${quoted}."]`);
    if (!(element instanceof HTMLElement)) continue;
    let details = element.closest('details');
    while (details) {
      details.open = true;
      details = details.parentElement?.closest('details') ?? null;
    }
    if (!element.matches(FOCUSABLE)) element.tabIndex = -1;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  }
  return false;
}

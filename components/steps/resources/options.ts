import type { CodeLabels } from '@/content/types';

/** Options for a select or choice group, in code-list order, labelled in the page's language. */
export function optionsOf<Code extends string>(codes: readonly Code[], labels: CodeLabels<Code>) {
  return codes.map((code) => ({ value: code, label: labels[code].label, hint: labels[code].hint }));
}

import type { CodeLabels } from '@/content/types';
import type { Option } from './fields';

/** Options for a select or choice group, in code-list order, labelled in the page's language. */
export function optionsOf<Code extends string>(codes: readonly Code[], labels: CodeLabels<Code>): Option[] {
  return codes.map((code) => ({ value: code, label: labels[code].label, hint: labels[code].hint }));
}

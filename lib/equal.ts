function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && sameItems(a, b));
}

/**
 * Whether two records hold the same values, compared one level deep: values
 * equal by `Object.is`, or arrays with the same items (a form entry: texts,
 * numbers, codes and lists of uids). Deeper structures compare by identity,
 * so the answer may be a false "different", never a false "same".
 */
export function sameEntry(a: object | null | undefined, b: object | null | undefined): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

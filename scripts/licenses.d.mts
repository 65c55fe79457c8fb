export interface ShippedPackage {
  name: string;
  version: string;
  license: string;
  path: string;
}
export const LICENSES_FILE: string;
export function shippedPackages(lock: { packages?: Record<string, unknown> }): ShippedPackage[];
export function licencesDocument(projectRoot: string): string;
export function patternNotices(
  projectRoot: string,
): { language: string; title: string; licence: string; text: string }[];

export const SBOM_FILE: string;
export function npmPurl(name: string, version: string): string;
export function fontVersion(bytes: Buffer): string;
export function sbomDocument(projectRoot: string): unknown;

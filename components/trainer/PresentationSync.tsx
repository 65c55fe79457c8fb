'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { applyPresentation, readPresentation } from '@/lib/presentation';

/**
 * Keeps <html> in step with the stored presentation setting when the app
 * renders a root layout in the browser (the language switch), where the
 * layout's inline script does not run again. Renders nothing.
 */
export function PresentationSync() {
  const pathname = usePathname();
  useEffect(() => {
    applyPresentation(readPresentation(), document.documentElement);
  }, [pathname]);
  return null;
}

'use client';

import { Button } from '@/components/ui/Button';

/** Opens the browser's print dialog (one worksheet per page, see worksheets.module.css). */
export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}

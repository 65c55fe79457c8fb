'use client';

import type { ReactNode } from 'react';
import type { WorkspaceDestination } from '@/lib/workspaceUrl';
import { useDraftActions } from './DraftSession';

/** A real link (opens in a new tab too) that moves within the workspace without a page load. */
export function WorkspaceLink({
  step,
  className,
  children,
  ...rest
}: {
  step: WorkspaceDestination;
  className?: string;
  children: ReactNode;
  'aria-describedby'?: string;
}) {
  const { goTo, hrefFor } = useDraftActions();
  return (
    <a
      {...rest}
      className={className}
      href={hrefFor(step)}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        goTo(step);
      }}
    >
      {children}
    </a>
  );
}

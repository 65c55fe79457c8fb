export {
  afterStep,
  draftHref,
  readWorkspaceLocation,
  toTarget,
  type WorkspaceDestination,
  type WorkspaceLocation,
  type WorkspaceTarget,
  type WorkspaceView,
} from '@/lib/workspaceUrl';

/**
 * The page's side of the service worker (out/sw.js, see scripts/sw-template.js):
 * registers it and reports new versions, and switches to one only when asked.
 * Framework-free; components/offline/UpdateNotice.tsx shows what it reports.
 */

export const SERVICE_WORKER_URL = '/sw.js';

/**
 * `available`: a new version is downloaded and waits for this tab to ask for it.
 * `installed`: another tab switched to a new version; this page is older.
 */
export type UpdateKind = 'available' | 'installed';

export interface OfflineUpdates {
  /** Lets the waiting version take over; resolves once it controls this tab (at once when none waits). */
  activate(): Promise<void>;
  /** Asks the server for a newer service worker (on coming back online, on returning to the tab). */
  check(): void;
  stop(): void;
}

type Container = Pick<ServiceWorkerContainer, 'controller' | 'register' | 'addEventListener' | 'removeEventListener'>;

/** Registers the service worker for the whole site and calls `onUpdate` when a new version is there. */
export async function startOfflineSupport(
  container: Container,
  onUpdate: (kind: UpdateKind) => void,
): Promise<OfflineUpdates> {
  // The first version claims the page it installs from: that is no update.
  let controlled = container.controller !== null;
  let activating = false;
  const registration = await container.register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' });

  const tracked = new WeakSet<ServiceWorker>();
  const track = (worker: ServiceWorker | null) => {
    if (!worker || tracked.has(worker)) return;
    tracked.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) onUpdate('available');
    });
  };
  const onUpdateFound = () => track(registration.installing);
  const onControllerChange = () => {
    if (controlled && !activating) onUpdate('installed');
    controlled = true;
  };

  registration.addEventListener('updatefound', onUpdateFound);
  container.addEventListener('controllerchange', onControllerChange);
  track(registration.installing);
  if (registration.waiting && container.controller) onUpdate('available');

  return {
    activate() {
      activating = true;
      const waiting = registration.waiting;
      if (!waiting) return Promise.resolve();
      return new Promise<void>((resolve) => {
        container.addEventListener('controllerchange', () => resolve(), { once: true });
        // Should another tab's switch make this one redundant, nothing else would tell us.
        waiting.addEventListener('statechange', () => {
          if (waiting.state === 'activated' || waiting.state === 'redundant') resolve();
        });
        waiting.postMessage({ type: 'skip-waiting' });
      });
    },
    check() {
      registration.update().catch(() => undefined);
    },
    stop() {
      registration.removeEventListener('updatefound', onUpdateFound);
      container.removeEventListener('controllerchange', onControllerChange);
    },
  };
}

/** `next dev` serves no service worker: drop one a production build on the same port left behind. */
export async function removeServiceWorkers(container: Pick<ServiceWorkerContainer, 'getRegistrations'>): Promise<void> {
  const registrations = await container.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

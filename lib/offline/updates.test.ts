import { describe, expect, it, vi } from 'vitest';
import { removeServiceWorkers, startOfflineSupport, type UpdateKind } from './updates';

/** Just enough of the browser's service worker objects, driven by the test. */
class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
}

class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(async () => this.registration as unknown as ServiceWorkerRegistration);
  constructor(public controller: FakeWorker | null) {
    super();
  }
  /** The browser gives the tab a new controller. */
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

async function start(container: FakeContainer) {
  const reported: UpdateKind[] = [];
  const updates = await startOfflineSupport(container as unknown as ServiceWorkerContainer, (kind) =>
    reported.push(kind),
  );
  return { updates, reported };
}

describe('offline support in the page', () => {
  it('registers the worker for the whole site, bypassing the HTTP cache for updates', async () => {
    const container = new FakeContainer(null);
    await start(container);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
  });

  it('reports nothing for the first version, which only takes control', async () => {
    const container = new FakeContainer(null);
    const { reported } = await start(container);
    const first = new FakeWorker('installing');
    container.registration.installing = first;
    container.registration.dispatchEvent(new Event('updatefound'));
    first.become('installed');
    first.become('activated');
    container.takeOver(first);
    expect(reported).toEqual([]);
  });

  it('reports a new version once it is installed, and one that waited since an earlier visit', async () => {
    const container = new FakeContainer(new FakeWorker('activated'));
    const { reported } = await start(container);
    const next = new FakeWorker('installing');
    container.registration.installing = next;
    container.registration.dispatchEvent(new Event('updatefound'));
    expect(reported).toEqual([]);
    next.become('installed');
    expect(reported).toEqual(['available']);

    const later = new FakeContainer(new FakeWorker('activated'));
    later.registration.waiting = new FakeWorker('installed');
    expect((await start(later)).reported).toEqual(['available']);
  });

  it('switches only when asked, and tells other tabs the page they show is older', async () => {
    const container = new FakeContainer(new FakeWorker('activated'));
    const waiting = new FakeWorker('installed');
    container.registration.waiting = waiting;
    const asking = await start(container);
    const other = new FakeContainer(container.controller);
    other.registration.waiting = waiting;
    const otherTab = await start(other);
    expect(waiting.messages).toEqual([]);

    const activated = asking.updates.activate();
    expect(waiting.messages).toEqual([{ type: 'skip-waiting' }]);
    waiting.become('activated');
    container.takeOver(waiting);
    other.takeOver(waiting);
    await activated;
    expect(asking.reported).toEqual(['available']);
    expect(otherTab.reported).toEqual(['available', 'installed']);
  });

  it('activates at once when no version waits, checks on request and stops listening', async () => {
    const container = new FakeContainer(new FakeWorker('activated'));
    const { updates, reported } = await start(container);
    await updates.activate();
    updates.check();
    expect(container.registration.update).toHaveBeenCalledTimes(1);
    updates.stop();
    container.takeOver(new FakeWorker('activated'));
    expect(reported).toEqual([]);
  });

  it('removes left-over workers (next dev)', async () => {
    const unregister = vi.fn(async () => true);
    await removeServiceWorkers({
      getRegistrations: async () => [{ unregister }, { unregister }] as unknown as ServiceWorkerRegistration[],
    });
    expect(unregister).toHaveBeenCalledTimes(2);
  });
});

/**
 * Registers the language's service worker (`/<lang>/sw.js`) and keeps the page's status line
 * true: "you are offline" while the network is gone, and an offer to reload when a new version
 * of the site has been downloaded. Runs only on pages that already ship islands (lessons, quizzes,
 * classroom, register list, my data), so pages without islands stay free of JavaScript.
 */
export function startOfflineSupport(root: HTMLElement): void {
  const offline = root.querySelector<HTMLElement>('[data-offline]')!;
  const update = root.querySelector<HTMLElement>('[data-update]')!;
  const showNetwork = () => {
    offline.hidden = navigator.onLine;
  };
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();

  if (!('serviceWorker' in navigator)) return;
  const lang = root.dataset['lang']!;
  let updating = false;
  const offer = (worker: ServiceWorker) => {
    update.hidden = false;
    update.querySelector('button')!.onclick = () => {
      updating = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also changes controller; reload only when the reader asked for the new version.
    if (updating) window.location.reload();
  });
  navigator.serviceWorker
    .register(`/${lang}/sw.js`, { scope: `/${lang}/` })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // No service worker (plain http, some private windows): the site simply needs the network.
    });
}

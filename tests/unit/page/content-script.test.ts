/**
 * The content script as WXT starts it: the entry module runs, WXT's wrapper
 * builds a ContentScriptContext and calls `main`. The page is a linkedom
 * document in Node with a window, address and Navigation API of our own, so
 * the test sees every event the script fires at the page and can act as the
 * page: navigate 300 times, or send the context's stop event itself.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../../../lib/shared/messages/define';
import type { PageSnapshot } from '../../../lib/core/page-snapshot';

const PAGE = `<!doctype html><html lang="nl"><head><title>Regionale samenwerking</title></head>
<body><main><h1>Samen in de regio</h1><p>Gemeenten werken samen in een gemeenschappelijke regeling.</p></main></body></html>`;

/** What the page could observe: events fired at its document and window, and window messages. */
interface Observed {
  events: string[];
  messages: unknown[];
}

class PageWindow extends EventTarget {
  readonly navigation: EventTarget | undefined;
  constructor(
    readonly document: Document,
    readonly location: { href: string },
    private readonly observed: Observed,
    withNavigationApi: boolean,
  ) {
    super();
    this.navigation = withNavigationApi ? new EventTarget() : undefined;
  }
  override dispatchEvent(event: Event): boolean {
    this.observed.events.push(event.type);
    return super.dispatchEvent(event);
  }
  postMessage(message: unknown): void {
    this.observed.messages.push(message);
  }
}

let observed: Observed;
let win: PageWindow;
let reports: PageSnapshot[];
/** The `page/notes` requests the script sent (it asks for the page's notes to highlight them). */
let notesAsked: unknown[];

/** Loads the page and starts the content script the way WXT's generated wrapper does. */
async function startOnPage(withNavigationApi = true) {
  vi.resetModules();
  const { document, CustomEvent: PageCustomEvent } = parseHTML(PAGE);
  observed = { events: [], messages: [] };
  win = new PageWindow(document, { href: 'https://www.vng.nl/regio' }, observed, withNavigationApi);
  // Every event the script fires at the document passes here, as it would reach the page's listeners.
  const fire = document.dispatchEvent.bind(document);
  Object.defineProperty(document, 'dispatchEvent', {
    configurable: true,
    writable: true,
    value: (event: Event) => (observed.events.push(event.type), fire(event)),
  });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', win.location);
  vi.stubGlobal('navigation', win.navigation);
  // The DOM's own events: linkedom's document dispatches only those.
  vi.stubGlobal('CustomEvent', PageCustomEvent);
  const { default: definition } = await import('../../../entrypoints/content');
  const { ContentScriptContext } = await import('wxt/utils/content-script-context');
  const { main, ...options } = definition;
  const ctx = new ContentScriptContext('content', options);
  await main(ctx);
  // The first report, when the page is idle.
  await vi.advanceTimersByTimeAsync(1000);
  // The event's name (`<id>:<entry>:wxt:content-script-started`), as a page that knows the id builds it.
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  /** Injects the script once more into the same window, as `tab/analyse` does when the user asks. */
  const injectAgain = () => main(new ContentScriptContext('content', options));
  return { ctx, started, injectAgain };
}

/** The page moves to another address (pushState), as the Navigation API announces it. */
function navigate(path: string, text?: string) {
  const url = new URL(path, win.location.href).href;
  const paragraph = win.document.querySelector('p');
  if (paragraph && text !== undefined) paragraph.textContent = text;
  win.navigation?.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
  win.location.href = url;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  reports = [];
  notesAsked = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Envelope) => {
    if (message.type === 'page/snapshot') reports.push(message.payload as PageSnapshot);
    if (message.type === 'page/notes') {
      notesAsked.push(message.payload);
      return { ok: true, value: { notes: [] } };
    }
    return { ok: true, value: null };
  }) as never);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the content script keeps to itself', () => {
  test('it fires no event and posts no message carrying the extension id', async () => {
    await startOnPage();
    navigate('/regio/deel-2', 'Een ander verhaal over samenwerking.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toHaveLength(2);
    const id = fakeBrowser.runtime.id;
    expect(observed.events.filter((type) => type.includes(id))).toEqual([]);
    expect(observed.messages.filter((message) => JSON.stringify(message).includes(id))).toEqual([]);
  });

  test("the page sending the context's stop event does not stop it", async () => {
    const { ctx, started } = await startOnPage();
    expect(reports).toHaveLength(1);
    // A page that knows the id (store ids are public) fires the context's own event at the document.
    win.document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    expect(ctx.isInvalid).toBe(true);
    // It still answers the side panel, and still follows the page.
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    navigate('/regio/deel-2', 'Een ander verhaal over samenwerking.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports.map((page) => page.url)).toEqual(['https://www.vng.nl/regio', 'https://www.vng.nl/regio/deel-2']);
  });
});

describe('injected again into the same window', () => {
  test('the running copy reports the unchanged page once more, and no second copy starts', async () => {
    const { injectAgain } = await startOnPage();
    expect(reports).toHaveLength(1);
    await injectAgain();
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.map((page) => page.url)).toEqual(['https://www.vng.nl/regio', 'https://www.vng.nl/regio']);
    // One copy follows the page: a navigation gives one report, not two.
    navigate('/regio/deel-2', 'Een ander verhaal over samenwerking.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toHaveLength(3);
  });
});

describe('reports are debounced and de-duplicated', () => {
  for (const api of [true, false]) {
    test(`300 pushState calls give one report once they settle (${api ? 'Navigation API' : 'address polled'})`, async () => {
      await startOnPage(api);
      expect(reports).toHaveLength(1);
      for (let i = 1; i <= 300; i++) {
        navigate(`/regio?pagina=${i}`, `Pagina ${i} over samenwerking.`);
        await vi.advanceTimersByTimeAsync(10);
      }
      await vi.advanceTimersByTimeAsync(10_000);
      expect(reports.length).toBeLessThanOrEqual(2);
      // The report after the burst is of the page where it settled.
      expect(reports.at(-1)?.url).toBe('https://www.vng.nl/regio?pagina=300');
      expect(reports.at(-1)?.text).toContain('Pagina 300');
    });
  }

  test('a page that never stops navigating is still reported now and then', async () => {
    await startOnPage();
    for (let i = 1; i <= 1000; i++) {
      navigate(`/regio?pagina=${i}`, `Pagina ${i} over samenwerking.`);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 100 seconds of navigation: one report every few seconds, not one per navigation.
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.length).toBeLessThan(30);
  });

  test('the same page read again is not reported again', async () => {
    await startOnPage();
    navigate('/regio#inhoud');
    await vi.advanceTimersByTimeAsync(10_000);
    navigate('/regio');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toHaveLength(1);
    // The same address with other words is another page.
    navigate('/regio', 'Nieuwe tekst over de regio.');
    navigate('/regio#nieuw');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toHaveLength(2);
  });
});

describe("the page's notes come back without the side panel", () => {
  test('it asks for the notes once per address, after reporting the page', async () => {
    await startOnPage();
    expect(reports).toHaveLength(1);
    expect(notesAsked).toEqual([{}]);
    // The same address with other words is reported again, but its notes are not asked for twice.
    const paragraph = win.document.querySelector('p');
    if (paragraph) paragraph.textContent = 'Nieuwe woorden op dezelfde pagina.';
    navigate('/regio#deel', undefined);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(notesAsked).toHaveLength(1);
    navigate('/regio/deel-2', 'Een ander verhaal over samenwerking.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(notesAsked).toHaveLength(2);
  });
});

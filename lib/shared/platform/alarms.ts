/** Periodic work in the background (alarms survive the service worker being stopped). */
import { browser } from 'wxt/browser';

export async function ensurePeriodicAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: Math.min(periodInMinutes, 1) });
}

export function onAlarm(name: string, listener: () => void): () => void {
  const handler = (alarm: { name: string }) => {
    if (alarm.name === name) listener();
  };
  browser.alarms.onAlarm.addListener(handler);
  return () => browser.alarms.onAlarm.removeListener(handler);
}

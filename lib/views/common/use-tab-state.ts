/** Follows the active tab's state through a TabSource. */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../core/tab-state';
import type { TabSource } from './tab-source';

export function useTabState(source: TabSource): [TabState | undefined, (state: TabState) => void] {
  const [state, setState] = useState<TabState>();
  useEffect(() => {
    let live = true;
    // Once an update has arrived, the first answer (which may be slower) is out of date.
    let updated = false;
    void source.current().then(
      (initial) => live && !updated && setState(initial),
      () => live && !updated && setState({ tabId: -1, status: 'unknown' }),
    );
    const stop = source.subscribe((next) => {
      updated = true;
      if (live) setState(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return [state, setState];
}

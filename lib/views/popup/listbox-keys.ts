/**
 * Where the active option of a combobox's listbox moves for a key (WAI-ARIA
 * combobox pattern): ArrowDown/ArrowUp step and wrap, Home/End jump — but
 * Home/End only while an option is active, so they still move the caret in the
 * text box otherwise. Returns undefined for keys the listbox does not use.
 * `active` is -1 when no option is active.
 */
export function moveActive(key: string, active: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return active < 0 ? undefined : 0;
    case 'End':
      return active < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}

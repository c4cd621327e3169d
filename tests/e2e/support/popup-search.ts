/** Page object for the popup's search (combobox + listbox), opened as a tab. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PopupSearch {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(tabId?: number): Promise<this> {
    const query = tabId === undefined ? '' : `?tabId=${tabId}`;
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html${query}`);
    // Interactive: the index is built once the werksessies show.
    await expect(this.werksessies().getByRole('listitem')).toHaveCount(7);
    return this;
  }

  box(): Locator {
    return this.page.locator('#popup-search-input');
  }

  options(): Locator {
    return this.page.getByRole('listbox').getByRole('option');
  }

  status(): Locator {
    return this.page.locator('.popup-status');
  }

  werksessies(): Locator {
    return this.page.getByRole('region', { name: /zeven werksessies/ });
  }

  suggestions(): Locator {
    return this.page.getByRole('region', { name: 'Gerelateerd materiaal' });
  }

  /** Types like a person (one key at a time), so every keystroke goes through the search. */
  async type(query: string): Promise<void> {
    await this.box().fill('');
    await this.box().pressSequentially(query);
  }

  async resultIds(): Promise<string[]> {
    return this.options()
      .locator('[data-entry-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id') ?? ''));
  }

  /**
   * The ids of the current question's answer. The popup asks the background per keystroke, so right
   * after typing the list can still be empty or show an older answer (marked aria-busy): waits for
   * the listbox to show a settled answer first.
   */
  async settledResultIds(): Promise<string[]> {
    await expect(this.page.getByRole('listbox')).toBeVisible();
    await expect(this.page.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true');
    return this.resultIds();
  }

  /** Moves to the option holding `entryId` with ArrowDown, as a keyboard user would. */
  async arrowTo(entryId: string): Promise<void> {
    const ids = await this.settledResultIds();
    const position = ids.indexOf(entryId);
    if (position < 0) throw new Error(`${entryId} is not among the results: ${ids.join(', ')}`);
    for (let i = 0; i <= position; i++) await this.box().press('ArrowDown');
    await expect(this.box()).toHaveAttribute('aria-activedescendant', `popup-option-${entryId}`);
  }
}

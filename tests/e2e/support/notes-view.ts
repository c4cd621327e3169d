/** Page objects for the side panel's notes (issue 6): write, annotate, find notes and their highlights. */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { openTestPage, SidePanelView } from './pages';

export class NotesPanel extends SidePanelView {
  noteField(): Locator {
    return this.page.getByLabel('Notitie', { exact: true }).first();
  }
  async writeNote(body: string): Promise<void> {
    await this.noteField().fill(body);
    await this.page.getByRole('button', { name: 'Bewaren' }).first().click();
    // Saved once the editor has let go of these words (it keeps anything typed after them).
    await expect(this.noteField()).not.toHaveValue(body);
  }
  async annotateSelection(body: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Notitie bij selectie' }).click();
    await this.page.getByText('Geselecteerde passage', { exact: true }).waitFor();
    await this.writeNote(body);
  }
  notes(): Locator {
    return this.page.locator('article.note');
  }
  note(body: string): Locator {
    return this.notes().filter({ hasText: body });
  }
  orphans(): Locator {
    return this.page.locator('article.note[data-status="orphan"]');
  }
  async deleteNote(body: string): Promise<void> {
    await this.note(body).getByRole('button', { name: 'Verwijderen' }).click();
  }
  /** Attaches an orphaned note to the passage now selected in the tab. */
  async reattach(body: string): Promise<void> {
    await this.note(body).getByRole('button', { name: 'Koppel aan huidige selectie' }).click();
  }
  async showAllNotes(): Promise<void> {
    await this.page.getByRole('button', { name: 'Alle notities' }).click();
  }
  async showThisPage(): Promise<void> {
    await this.page.getByRole('button', { name: 'Deze pagina' }).click();
  }
}

/** Selects the first occurrence of `text` inside the page's <main> (as a reader would with the mouse). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
}

/** How many note passages the page shows highlighted (CSS Custom Highlight API, or the <mark> fallback). */
export async function highlightedPassages(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
    // The highlight's name is random and its marks carry no id (the page must not learn about notes): count them all.
    const css = registry ? [...registry.values()].reduce((sum, highlight) => sum + highlight.size, 0) : 0;
    return css + document.querySelectorAll('mark').length;
  });
}

/** The side panel, `width` px wide, on the regional test page once it is read as regional: where the notes tests start. */
export async function notesPanelOnRegionalPage(context: BrowserContext, extensionId: string, width: number): Promise<NotesPanel> {
  const { tabId } = await openTestPage(context, 'http://www.vng.nl/regional.html');
  const panel = await new NotesPanel(await context.newPage(), extensionId).open(tabId);
  await expect(panel.verdict()).toHaveAttribute('data-verdict', 'yes', { timeout: 10_000 });
  await panel.page.setViewportSize({ width, height: 900 });
  return panel;
}

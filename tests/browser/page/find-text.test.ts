/** A reason's words are found on the page as a reader sees it, selected and scrolled to. */
import { afterEach, describe, expect, test } from 'vitest';
import { showText } from '../../../lib/page/find-text';

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
});

function pageWith(html: string): void {
  // Built from our own fixed test markup; page content never reaches innerHTML in the product.
  const template = document.createElement('template');
  template.setHTMLUnsafe(html);
  document.body.replaceChildren(template.content.cloneNode(true));
}

describe('showText', () => {
  test('selects the first occurrence, whatever the case and the white space', () => {
    pageWith('<h1>Gemeenschappelijke\n   Regelingen</h1><p>Over <b>gemeenschappelijke</b> regelingen in de regio.</p>');
    expect(showText(document, 'gemeenschappelijke regelingen')).toBe(true);
    const selected = document.getSelection()?.toString() ?? '';
    expect(selected.replace(/\s+/g, ' ')).toBe('Gemeenschappelijke Regelingen');
    expect(document.getSelection()?.getRangeAt(0).startContainer.parentElement?.tagName).toBe('H1');
  });

  test('a quote joined by " … " leads to its first piece', () => {
    pageWith('<p>De gemeenten en de provincie schrijven samen een brandbrief.</p>');
    expect(showText(document, 'gemeenten … brandbrief')).toBe(true);
    expect(document.getSelection()?.toString()).toBe('gemeenten');
  });

  test('text in scripts and styles is not the page; words the page lacks give false and select nothing', () => {
    pageWith('<p>Alleen dit.</p><script>var regio = "Regio Deal";</script><style>.regio{}</style>');
    expect(showText(document, 'Regio Deal')).toBe(false);
    expect(showText(document, '')).toBe(false);
    expect(document.getSelection()?.rangeCount ?? 0).toBe(0);
  });
});

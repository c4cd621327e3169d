/**
 * Note highlights in the reader's text layer, in Chromium: a text layer built
 * as pdf.js builds it (one span per text item), marked, selected and cleared.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { pageText } from '../../../../lib/core/pdf/pdf-text';
import { clearMarks, markSpans, rangeOnPage } from '../../../../lib/views/reader/note-highlights';
import type { RenderedPage } from '../../../../lib/views/reader/pdf-engine';

const ITEMS = [
  { str: 'Regionale samenwerking', hasEOL: true },
  { str: 'in Twente: de <b>rekenkamer</b>', hasEOL: false },
  { str: ' helpt de raad.', hasEOL: true },
];
const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function textLayer(): { page: RenderedPage; layer: HTMLElement } {
  const layer = document.createElement('div');
  layer.className = 'text-layer';
  const textDivs = ITEMS.map((item) => {
    const span = document.createElement('span');
    span.textContent = item.str;
    layer.append(span);
    if (item.hasEOL) layer.append(document.createElement('br'));
    return span;
  });
  document.body.append(layer);
  return { page: { textDivs, cancel: () => undefined }, layer };
}

afterEach(() => document.body.replaceChildren());

describe('note highlights in the text layer', () => {
  test('a passage across two spans is marked in both, as text (markup in the document stays text)', () => {
    const { page, layer } = textLayer();
    const text = pageText(ITEMS);
    const start = text.text.indexOf('<b>rekenkamer');
    const end = text.text.indexOf('helpt') + 'helpt'.length;
    const first = markSpans(page, text, [{ id: A, start, end }]);
    const marks = [...layer.querySelectorAll('mark.pdf-note')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['<b>rekenkamer</b>', ' helpt']);
    expect(marks.every((mark) => (mark as HTMLElement).dataset.note === A)).toBe(true);
    expect(first.get(A)).toBe(marks[0]);
    expect(layer.querySelector('b')).toBeNull();
    // The spans' text is unchanged: only wrapped.
    expect(page.textDivs.map((div) => div.textContent)).toEqual(ITEMS.map((item) => item.str));
  });

  test('overlapping notes nest their marks; clearing restores the spans exactly', () => {
    const { page, layer } = textLayer();
    const before = layer.innerHTML;
    const text = pageText(ITEMS);
    const at = text.text.indexOf('Twente');
    markSpans(page, text, [
      { id: A, start: at, end: at + 'Twente: de'.length },
      { id: B, start: at + 'Twente: '.length, end: at + 'Twente: de <b>rek'.length },
    ]);
    const b = [...layer.querySelectorAll(`mark[data-note="${B}"]`)].map((mark) => mark.textContent).join('');
    expect(b).toBe('de <b>rek');
    expect(layer.querySelectorAll(`mark[data-note="${A}"] mark[data-note="${B}"]`)).toHaveLength(1);
    clearMarks(page);
    expect(layer.innerHTML).toBe(before);
    expect(page.textDivs.every((div) => div.childNodes.length === 1)).toBe(true);
  });

  test('marking again replaces the earlier marks', () => {
    const { page, layer } = textLayer();
    const text = pageText(ITEMS);
    markSpans(page, text, [{ id: A, start: 0, end: 9 }]);
    markSpans(page, text, [{ id: B, start: 0, end: 3 }]);
    expect([...layer.querySelectorAll('mark')].map((mark) => (mark as HTMLElement).dataset.note)).toEqual([B]);
  });

  test("a selection is read as offsets into the page's text, also when it starts inside a mark", () => {
    const { page } = textLayer();
    const text = pageText(ITEMS);
    const span = page.textDivs[1] as HTMLElement;
    const range = document.createRange();
    range.setStart(span.firstChild as Text, 'in '.length);
    range.setEnd(page.textDivs[2]?.firstChild as Text, ' helpt'.length);
    const selected = rangeOnPage(page, text, range);
    expect(selected && text.text.slice(selected.start, selected.end)).toBe('Twente: de <b>rekenkamer</b> helpt');

    markSpans(page, text, [{ id: A, start: text.text.indexOf('de <b>'), end: text.text.indexOf('</b>') }]);
    const mark = span.querySelector('mark') as HTMLElement;
    const inMark = document.createRange();
    inMark.setStart(mark.firstChild as Text, 3);
    inMark.setEnd(mark.firstChild as Text, 6);
    const again = rangeOnPage(page, text, inMark);
    expect(again && text.text.slice(again.start, again.end)).toBe('<b>');
  });

  test('a range outside the text layer selects nothing on the page', () => {
    const { page } = textLayer();
    const elsewhere = document.createElement('p');
    elsewhere.textContent = 'buiten het document';
    document.body.append(elsewhere);
    const range = document.createRange();
    range.selectNodeContents(elsewhere);
    expect(rangeOnPage(page, pageText(ITEMS), range)).toBeNull();
  });
});

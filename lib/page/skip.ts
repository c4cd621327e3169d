/**
 * Which elements hold no reading text: page chrome (navigation, footers,
 * asides, site headers), code and templates, and what the page hides. Hidden
 * is judged from attributes only (hidden, aria-hidden, an inline display:none
 * or visibility:hidden): asking the browser for computed styles per element
 * would force style recalculation on the page's main thread.
 */

/** Never text. Upper-case: Element.tagName of HTML elements. */
const NEVER = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'FOOTER',
  'ASIDE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'FORM',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MATH',
  'PICTURE',
  'IMG',
]);

/** Landmark roles that are chrome, not content. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CHROME_CLASS =
  /(?:^|[\s_-])(?:cookie|cookies|breadcrumbs?|skip-?link|share|social|sr-only|visually-hidden|visuallyhidden)(?:$|[\s_-])/i;

/**
 * True when the element and everything in it should be left out.
 * `insideContent`: whether the walk started at a main/article root; there a
 * `header` is the article's own header (title, date) and is kept.
 */
export function isSkipped(element: Element, insideContent: boolean): boolean {
  const tag = element.tagName.toUpperCase();
  if (NEVER.has(tag)) return true;
  if (tag === 'HEADER' && !insideContent && !element.closest('article, main, [role="main"]')) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const role = element.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  const classes = element.getAttribute('class');
  if (classes !== null && classes.length < 300 && CHROME_CLASS.test(classes)) return true;
  return false;
}

/** Elements after which reading text starts a new line; inline elements join their neighbours. */
export const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'HR',
  'CAPTION',
  'SUMMARY',
  'DETAILS',
]);

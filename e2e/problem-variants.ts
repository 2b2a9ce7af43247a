import { test, type Page } from '@playwright/test';
import { failOnPageErrors } from './share-helpers';

/** The screens and colour schemes every numbered problem of issue 12 is proven at. */
export const VARIANTS = [
  { name: '1440x900-light', viewport: { width: 1440, height: 900 }, scheme: 'light' },
  { name: '1440x900-dark', viewport: { width: 1440, height: 900 }, scheme: 'dark' },
  { name: '1280x720-light', viewport: { width: 1280, height: 720 }, scheme: 'light' },
  { name: '1280x720-dark', viewport: { width: 1280, height: 720 }, scheme: 'dark' },
  { name: '390x844-light', viewport: { width: 390, height: 844 }, scheme: 'light' },
  { name: '390x844-dark', viewport: { width: 390, height: 844 }, scheme: 'dark' },
] as const;

export type Variant = (typeof VARIANTS)[number];

/** Declares `tests` once per screen and colour scheme, each failing on an uncaught page error. */
export function atEveryVariant(tests: (variant: Variant) => void): void {
  for (const variant of VARIANTS) {
    test.describe(`at ${variant.name}`, () => {
      test.use({ viewport: variant.viewport });
      test.beforeEach(async ({ page }) => {
        failOnPageErrors(page);
        await page.emulateMedia({ colorScheme: variant.scheme });
      });
      tests(variant);
    });
  }
}

export const isPhone = (variant: Variant) => variant.viewport.width < 900;

/** Saves a screenshot to look at (never committed). */
export async function shot(page: Page, variant: Variant, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `/tmp/shots/${variant.name}-${name}.png`, fullPage });
}

/** How far the page scrolls sideways (0 when it fits the screen). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The Monaco editor on screen: its visible line count, scroll position and selection. */
export function editorState(page: Page) {
  return page.evaluate(() => {
    const monaco = (
      window as unknown as {
        monaco: {
          editor: {
            getEditors(): {
              getLayoutInfo(): { height: number };
              getOption(id: number): unknown;
              getSelection(): { startLineNumber: number } | null;
              getScrollTop(): number;
              getContentHeight(): number;
              setScrollTop(top: number): void;
            }[];
            EditorOption: { lineHeight: number; wordWrap: number };
          };
        };
      }
    ).monaco;
    const editor = monaco.editor.getEditors()[0]!;
    const lineHeight = editor.getOption(monaco.editor.EditorOption.lineHeight) as number;
    return {
      visibleLines: Math.floor(editor.getLayoutInfo().height / lineHeight),
      wordWrap: editor.getOption(monaco.editor.EditorOption.wordWrap),
      selectedLine: editor.getSelection()?.startLineNumber,
      scrollTop: editor.getScrollTop(),
      contentHeight: editor.getContentHeight(),
    };
  });
}

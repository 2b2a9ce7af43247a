import { listDifferences } from '../../config/config-diff';
import { parseConfig } from '../../config/schema';
import type { WizardStore } from '../state/wizard-store';
import type { AutosaveEvents } from './autosave';

const SAVE_FAILED =
  'Your changes are not being saved in this browser (its storage is full or turned off): they last only while ' +
  'this page is open. Copy the link or download the files to keep them.';

/** How many settings two drafts differ in, when both are valid ("3 settings differ"). */
function differenceWords(mine: unknown, theirs: unknown): string {
  const a = parseConfig(mine);
  const b = parseConfig(theirs);
  if (!a.success || !b.success) return '';
  const count = listDifferences(b.data, { base: a.data }).length;
  return count === 0 ? '' : ` (${count} ${count === 1 ? 'setting differs' : 'settings differ'})`;
}

/** Autosave's events as notices on the page: a failed save and another tab's newer draft are never silent. */
export function autosaveNotices(
  store: Pick<WizardStore, 'getDraft' | 'setDraft' | 'getNotice' | 'setNotice'>,
): AutosaveEvents {
  return {
    onSaveFailed() {
      if (store.getNotice()?.source !== 'autosave')
        store.setNotice({ kind: 'error', text: SAVE_FAILED, source: 'autosave' });
    },
    onSaved() {
      if (store.getNotice()?.source === 'autosave') store.setNotice(undefined);
    },
    onOtherTabSaved(theirs, decide) {
      store.setNotice({
        kind: 'info',
        source: 'other-tab',
        text:
          `Another tab saved a different version of this setup${differenceWords(store.getDraft(), theirs)}. ` +
          'This tab stops saving until you choose which one to keep.',
        actions: [
          {
            label: 'Use the other tab’s version',
            run: () => {
              store.setDraft(theirs, { undoLabel: 'Use the other tab’s version' });
              decide('take-theirs');
            },
          },
          { label: 'Keep this tab’s version', run: () => decide('keep-mine') },
        ],
        onDismiss: () => decide('keep-mine'),
      });
    },
  };
}

import { decapWindow } from './decap-globals.ts';

/**
 * Decap tells whether the form has changes by comparing it with the entry as it was first
 * loaded, not as last saved: a save does not update the entries it compares with (decap-cms-core,
 * reducers/entryDraft.js, DRAFT_CHANGE_FIELD). An edit undone after a save then looks like no
 * change ("Changes saved", Publish greyed out) while the file still has the edit; and the entry
 * keeps the file text the format read it from (formats.ts). So after each save of an existing
 * entry the editor opens it again from the files: what was saved is what the form starts from.
 * (A new entry needs nothing: Decap opens it from its saved file itself.)
 */
export function reopenAfterSave(): void {
  decapWindow.CMS.registerEventListener({
    name: 'postSave',
    handler: () => {
      const entry = location.hash;
      const collection = /^#(\/collections\/[^/]+)\/entries\/./.exec(entry)?.[1];
      if (!collection) return;
      // postSave comes before Decap marks the entry saved; leaving then would ask to discard changes.
      setTimeout(() => void reopen(`#${collection}`, entry));
    },
  });
}

async function reopen(collection: string, entry: string): Promise<void> {
  location.replace(collection);
  // The entry's form is gone (its fields have ids like name-field-3) once Decap has left it.
  const closed = () => !document.querySelector('[id*="-field-"]');
  let frame = 0;
  do await new Promise(requestAnimationFrame);
  while (!closed() && ++frame < 300);
  location.replace(entry);
}

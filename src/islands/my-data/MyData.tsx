import { useEffect, useState } from 'preact/hooks';
import { clearStored, listStored, removeStored } from '../../lib/lessons/device-storage.ts';
import { describeStoredKey, exportDocument, type StoredKind } from '../../lib/my-data.ts';
import { fill } from '../../lib/fill.ts';
import { plural } from '../../lib/plural.ts';

export interface MyDataStrings {
  kinds: Record<StoredKind, string>;
  count: Record<string, string>;
  empty: string;
  show: string;
  delete: string;
  deleteItem: string;
  deleted: string;
  deleteAll: string;
  deletedAll: string;
  export: string;
}

interface Props {
  lang: string;
  /** The site's address, written into the export file. */
  site: string;
  /** Titles of lessons and quizzes by slug, so items are named as readers know them. */
  titles: Record<string, string>;
  strings: MyDataStrings;
}

/**
 * Everything this site keeps in this browser, in words, with what exactly is stored, a file to
 * download, and delete buttons per item and for all. Reads localStorage only; sends nothing.
 */
export default function MyData({ lang, site, titles, strings }: Props) {
  const [items, setItems] = useState<{ key: string; value: unknown }[]>([]);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const refresh = () => setItems(listStored());
  useEffect(() => {
    refresh();
    setReady(true);
  }, []);

  const name = (key: string) => {
    const { kind, subject } = describeStoredKey(key);
    return fill(strings.kinds[kind], { subject: subject ? (titles[subject] ?? subject) : key });
  };
  const remove = (key: string) => {
    const label = name(key);
    removeStored(key);
    refresh();
    setStatus(fill(strings.deleted, { item: label }));
    requestAnimationFrame(() => document.getElementById('my-data-heading')?.focus());
  };
  const removeAll = () => {
    clearStored();
    refresh();
    setStatus(strings.deletedAll);
  };
  const file = JSON.stringify(exportDocument(site, items), null, 2);

  return (
    <div class="my-data">
      <h2 id="my-data-heading" tabIndex={-1}>
        {ready ? plural(strings.count, lang, items.length) : ''}
      </h2>
      <p aria-live="polite">{status}</p>
      {ready && items.length === 0 && <p>{strings.empty}</p>}
      {items.length > 0 && (
        <>
          <ul class="my-data__list">
            {items.map((item) => (
              <li key={item.key} class="my-data__item">
                <strong>{name(item.key)}</strong>
                <details>
                  <summary>{strings.show}</summary>
                  <pre dir="ltr">{JSON.stringify(item.value, null, 2)}</pre>
                </details>
                <button
                  type="button"
                  class="button button--small"
                  aria-label={fill(strings.deleteItem, { item: name(item.key) })}
                  onClick={() => remove(item.key)}
                >
                  {strings.delete}
                </button>
              </li>
            ))}
          </ul>
          <p class="classroom__actions">
            <a
              class="button"
              href={`data:application/json;charset=utf-8,${encodeURIComponent(file)}`}
              download="my-data-lindenhaven.json"
            >
              {strings.export}
            </a>
            <button type="button" class="button" onClick={removeAll}>
              {strings.deleteAll}
            </button>
          </p>
        </>
      )}
    </div>
  );
}

import type { SortOrder } from '../../lib/register/compact-query.ts';
import type { ExplorerStrings } from './strings.ts';

export type View = 'cards' | 'table';

interface Props {
  view: View;
  sort: SortOrder;
  mapOpen: boolean;
  /** False where the browser has no geolocation (the button would do nothing). */
  canLocate: boolean;
  /** True once the reader's position is known: distance becomes a sort choice. */
  here: boolean;
  strings: ExplorerStrings;
  onView: (view: View) => void;
  onMap: () => void;
  onSort: (sort: SortOrder) => void;
  onLocate: () => void;
  onDownload: () => void;
}

/** How the list is shown (cards, table, map), its order, devices near me and the CSV download. */
export function ExplorerToolbar({ view, sort, mapOpen, canLocate, here, strings, ...on }: Props) {
  const sortOptions: [SortOrder, string][] = [
    ['name', strings.sortName],
    ['updated', strings.sortUpdated],
    ['kind', strings.columns.kind],
    ['district', strings.columns.district],
    ['personalData', strings.columns.personalData],
    ['retention', strings.columns.retention],
    ['organisation', strings.columns.organisation],
  ];
  return (
    <div class="explorer__toolbar">
      <div class="explorer__view" role="group" aria-label={strings.viewLabel}>
        {(['cards', 'table'] as const).map((choice) => (
          <button
            type="button"
            key={choice}
            class="button button--small"
            aria-pressed={view === choice}
            onClick={() => on.onView(choice)}
          >
            {choice === 'cards' ? strings.viewCards : strings.viewTable}
          </button>
        ))}
      </div>
      <button
        type="button"
        class="button button--small"
        aria-expanded={mapOpen}
        aria-controls="register-map"
        onClick={on.onMap}
      >
        {mapOpen ? strings.hideMap : strings.showMap}
      </button>
      <label class="explorer__sort">
        {strings.sortBy}{' '}
        <select value={sort} onChange={(event) => on.onSort(event.currentTarget.value as SortOrder)}>
          {sortOptions.map(([value, label]) => (
            <option value={value} key={value}>
              {label}
            </option>
          ))}
          {here && <option value="distance">{strings.sortDistance}</option>}
        </select>
      </label>
      {canLocate && (
        <button type="button" class="button button--small" onClick={on.onLocate}>
          {strings.nearMe}
        </button>
      )}
      <button type="button" class="button button--small" onClick={on.onDownload}>
        {strings.download}
      </button>
    </div>
  );
}

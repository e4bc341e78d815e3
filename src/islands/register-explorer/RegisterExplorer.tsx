import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { facetNames, type FacetName, type Selection } from '../../lib/register/facets.ts';
import type { CompactRegister } from '../../lib/register/compact.ts';
import { countsFor, query, unpack, type CompactItem, type RegisterOverview } from '../../lib/register/compact-query.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { ResultList } from './ResultList.tsx';
import { ResultTable, type TableColumn } from './ResultTable.tsx';
import { downloadSelection } from './download.ts';
import { ExplorerToolbar, type View } from './ExplorerToolbar.tsx';
import { readState, writeState, type ExplorerState } from './url-state.ts';
import type { ExplorerStrings } from './strings.ts';
import type { MapController } from './register-map.ts';
import { plural } from '../../lib/plural.ts';

interface Props {
  locale: string;
  /** The compact register for this language, fetched on the first choice (or at once for a shared link). */
  dataUrl: string;
  /** Facets, counts and total with nothing chosen, made at build time. */
  overview: RegisterOverview;
  districtsUrl: string;
  strings: ExplorerStrings;
  /** The plain HTML list of the first page, shown until the register has been fetched. */
  children?: ComponentChildren;
}

const PAGE = 50;
/** From this width the filters sit beside the list and the table is the first view (global.css agrees). */
const WIDE = '(min-width: 64rem)';

/**
 * Instant filtering of the register: facets, a text filter, sorting, cards or a table, an
 * optional map and a CSV download, with the choice in the URL. The filters are in the page's
 * HTML, drawn from the build-time overview (so nothing moves when the script arrives, and CSS
 * hides them where scripting is off). On a phone the register itself is fetched when the reader
 * first chooses something, so a visit that only reads the list costs no extra bytes on a slow
 * phone; a wide screen shows the table, which needs it at once. The plain HTML list (children)
 * stays until the data has arrived, so the register works without JavaScript and while this loads.
 */
export default function RegisterExplorer({ locale, dataUrl, overview, districtsUrl, strings, children }: Props) {
  const [mounted, setMounted] = useState(false);
  const [data, setData] = useState<CompactRegister>();
  const [loading, setLoading] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [items, setItems] = useState<CompactItem[]>([]);
  const [state, setState] = useState<ExplorerState>({ selection: {}, text: '', sort: 'name', descending: false });
  const [limit, setLimit] = useState(PAGE);
  const [view, setView] = useState<View>('cards');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [here, setHere] = useState<{ lat: number; lng: number }>();
  const [locationError, setLocationError] = useState(false);
  const [mapOpen, setMapOpen] = useState(false);
  const [mapLoading, setMapLoading] = useState(false);
  const mapElement = useRef<HTMLDivElement>(null);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const map = useRef<MapController>();
  const pending = useRef<Promise<CompactRegister | undefined>>();
  const known = useMemo(
    () => Object.fromEntries(facetNames.map((f) => [f, overview.facets[f].values])) as Record<FacetName, string[]>,
    [overview],
  );

  /** Fetches the register once; a failed fetch may be tried again by the next choice. */
  const loadData = (): Promise<CompactRegister | undefined> => {
    if (!pending.current) {
      setLoading(true);
      setLoadFailed(false);
      pending.current = fetch(dataUrl)
        .then((response) => {
          if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
          return response.json() as Promise<CompactRegister>;
        })
        .then((compact) => {
          setData(compact);
          setItems(unpack(compact));
          return compact;
        })
        .catch(() => {
          // The plain list stays visible: the register is still complete without the filters.
          pending.current = undefined;
          setLoadFailed(true);
          return undefined;
        })
        .finally(() => setLoading(false));
    }
    return pending.current;
  };

  useEffect(() => {
    setMounted(true);
    const shared = readState(location.search, known);
    if (matchMedia(WIDE).matches) setView('table');
    // A shared or bookmarked choice is shown at once, and so is the table of a wide screen.
    if (writeState(shared) !== '') setState(shared);
    if (writeState(shared) !== '' || matchMedia(WIDE).matches) void loadData();
    const onPopState = () => {
      setState(readState(location.search, known));
      void loadData();
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [dataUrl, known]);

  const results = useMemo(
    () => query(items, state.selection, state.text, state.sort, locale, { descending: state.descending, here }),
    [items, state, locale, here],
  );
  const counts = useMemo(
    () =>
      data
        ? countsFor(items, state.selection, state.text)
        : (Object.fromEntries(facetNames.map((f) => [f, new Map(Object.entries(overview.counts[f]))])) as ReturnType<
            typeof countsFor
          >),
    [data, items, state.selection, state.text, overview],
  );

  useEffect(() => {
    map.current?.show(results, here);
  }, [results, here, mapOpen, mapLoading]);

  const update = (next: ExplorerState, push: boolean) => {
    void loadData();
    setState(next);
    setLimit(PAGE);
    const url = `${location.pathname}${writeState(next)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const toggle = (facet: FacetName, value: string, on: boolean) => {
    const current = state.selection[facet] ?? [];
    const selection: Selection = {
      ...state.selection,
      [facet]: on ? [...current, value] : current.filter((v) => v !== value),
    };
    update({ ...state, selection }, true);
  };
  const sortBy = (column: TableColumn) =>
    update({ ...state, sort: column, descending: state.sort === column && !state.descending }, false);
  const closeFilters = () => {
    setFiltersOpen(false);
    // The button that opened the panel takes the focus back, just above the list.
    filtersButton.current?.focus();
  };
  const download = async () => {
    const compact = await loadData();
    if (!compact) return;
    const all = data ? items : unpack(compact);
    const selected = query(all, state.selection, state.text, state.sort, locale, {
      descending: state.descending,
      here,
    });
    await downloadSelection(selected, strings.columns, locale);
  };
  const toggleMap = async () => {
    const open = !mapOpen;
    setMapOpen(open);
    if (open && !map.current && mapElement.current) {
      setMapLoading(true);
      const [compact, { createMap }] = await Promise.all([loadData(), import('./register-map.ts')]);
      if (!compact) return setMapLoading(false);
      const kindIcons = Object.fromEntries(
        compact.facets.kind.values.map((kind, index) => [kind, compact.kindIcons[index]!]),
      );
      map.current = await createMap(mapElement.current, districtsUrl, locale, kindIcons);
      // The effect below draws the results of the latest render, not those of this click.
      setMapLoading(false);
    }
  };
  const locate = () => {
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocationError(false);
        setHere({ lat: position.coords.latitude, lng: position.coords.longitude });
        update({ ...state, sort: 'distance', descending: false }, false);
      },
      () => setLocationError(true),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const matching = data ? results.length : overview.total;
  const resultText = loading
    ? strings.loading
    : loadFailed
      ? strings.loadFailed
      : plural(strings.results, locale, matching);
  const chosen =
    facetNames.reduce((sum, f) => sum + (state.selection[f] ?? []).length, 0) + (state.text.trim() ? 1 : 0);

  return (
    <div class={`explorer${filtersOpen ? ' explorer--filters-open' : ''}`}>
      <button
        type="button"
        ref={filtersButton}
        class="button explorer__filters-button"
        aria-expanded={filtersOpen}
        aria-controls="register-filters"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        {strings.filtersButton}
        {chosen > 0 && ' '}
        {chosen > 0 && <span class="explorer__chosen">{plural(strings.filtersChosen, locale, chosen)}</span>}
      </button>
      <p class="explorer__count" role="status" aria-live="polite">
        {resultText}
      </p>
      <FilterPanel
        state={state}
        overview={overview}
        counts={counts}
        mounted={mounted}
        matching={matching}
        locale={locale}
        strings={strings}
        onText={(text) => update({ ...state, text }, false)}
        onToggle={toggle}
        onClear={() => update({ ...state, selection: {}, text: '' }, true)}
        onDone={closeFilters}
      />
      <section class="explorer__results" aria-label={resultText}>
        <ExplorerToolbar
          view={view}
          sort={state.sort}
          mapOpen={mapOpen}
          canLocate={!mounted || 'geolocation' in navigator}
          here={Boolean(here)}
          strings={strings}
          onView={(choice) => {
            setView(choice);
            if (choice === 'table') void loadData();
          }}
          onMap={toggleMap}
          onSort={(sort) => update({ ...state, sort, descending: false }, false)}
          onLocate={locate}
          onDownload={() => void download()}
        />
        {locationError && <p role="alert">{strings.nearMeUnavailable}</p>}
        <div id="register-map" class="explorer__map-wrap" hidden={!mapOpen}>
          <p class="meta">
            {strings.mapNote} {strings.mapLegend} {strings.nearMeNote}
          </p>
          {mapLoading && <p role="status">{strings.mapLoading}</p>}
          <div ref={mapElement} class="explorer__map" role="region" aria-label={strings.mapLabel} />
        </div>
        <div hidden={Boolean(data)}>{children}</div>
        {data &&
          (results.length === 0 ? (
            <p>{strings.noResults}</p>
          ) : view === 'table' ? (
            <ResultTable
              items={results}
              limit={limit}
              locale={locale}
              sort={state.sort}
              descending={state.descending}
              strings={strings}
              onSort={sortBy}
            />
          ) : (
            <ResultList items={results} limit={limit} data={data} locale={locale} strings={strings} />
          ))}
        {data && results.length > limit && (
          <button type="button" class="button" onClick={() => setLimit(limit + PAGE)}>
            {strings.showMore}
          </button>
        )}
      </section>
    </div>
  );
}

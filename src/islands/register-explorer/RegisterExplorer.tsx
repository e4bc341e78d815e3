import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { facetNames, type FacetName, type Selection } from '../../lib/register/facets.ts';
import type { CompactRegister } from '../../lib/register/compact.ts';
import {
  countsFor,
  query,
  unpack,
  type CompactItem,
  type RegisterOverview,
  type SortOrder,
} from '../../lib/register/compact-query.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { ResultList } from './ResultList.tsx';
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
}

const PAGE = 50;

/**
 * Instant filtering of the register: facets, a text filter, sorting and an optional map, with
 * the choice in the URL. The filters are in the page's HTML, drawn from the build-time overview
 * (so nothing moves when the script arrives, and CSS hides them where scripting is off); the register
 * itself is fetched when the reader first chooses something, so a visit that only reads the list
 * costs no extra bytes and no work on a slow phone. The plain HTML list stays until the data has
 * arrived, so the register works without JavaScript and while this loads.
 */
export default function RegisterExplorer({ locale, dataUrl, overview, districtsUrl, strings }: Props) {
  const [mounted, setMounted] = useState(false);
  const [data, setData] = useState<CompactRegister>();
  const [loading, setLoading] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [items, setItems] = useState<CompactItem[]>([]);
  const [state, setState] = useState<ExplorerState>({ selection: {}, text: '', sort: 'name' });
  const [limit, setLimit] = useState(PAGE);
  const [here, setHere] = useState<{ lat: number; lng: number }>();
  const [locationError, setLocationError] = useState(false);
  const [mapOpen, setMapOpen] = useState(false);
  const [mapLoading, setMapLoading] = useState(false);
  const mapElement = useRef<HTMLDivElement>(null);
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
          document.getElementById('register-plain-list')?.setAttribute('hidden', '');
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
    // A shared or bookmarked choice is shown at once.
    if (writeState(shared) !== '') {
      setState(shared);
      void loadData();
    }
    const onPopState = () => {
      setState(readState(location.search, known));
      void loadData();
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [dataUrl, known]);

  const results = useMemo(
    () => query(items, state.selection, state.text, state.sort, locale, here),
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
        update({ ...state, sort: 'distance' }, false);
      },
      () => setLocationError(true),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const resultText = loading
    ? strings.loading
    : loadFailed
      ? strings.loadFailed
      : plural(strings.results, locale, data ? results.length : overview.total);
  const hasFilters = facetNames.some((f) => (state.selection[f] ?? []).length > 0) || state.text.trim() !== '';

  return (
    <div class="explorer">
      <section class="explorer__filters" aria-label={strings.filters}>
        <label class="explorer__label" for="register-text-filter">
          {strings.textFilter}
        </label>
        <input
          id="register-text-filter"
          type="search"
          value={state.text}
          maxLength={200}
          autocomplete="off"
          onInput={(event) => update({ ...state, text: event.currentTarget.value }, false)}
        />
        {facetNames.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            legend={strings.facets[facet]}
            // The boxes come with the script: the groups are closed, so this moves nothing on screen.
            values={mounted ? overview.facets[facet].values : []}
            labels={overview.facets[facet].labels}
            counts={counts[facet]}
            chosen={state.selection[facet] ?? []}
            onToggle={toggle}
          />
        ))}
        {hasFilters && (
          <button
            type="button"
            class="button"
            onClick={() => update({ selection: {}, text: '', sort: state.sort }, true)}
          >
            {strings.clearFilters}
          </button>
        )}
      </section>
      <section class="explorer__results" aria-label={resultText}>
        <div class="explorer__toolbar">
          <p class="explorer__count" role="status" aria-live="polite">
            {resultText}
          </p>
          <label>
            {strings.sortBy}{' '}
            <select
              value={state.sort}
              onChange={(event) => update({ ...state, sort: event.currentTarget.value as SortOrder }, false)}
            >
              <option value="name">{strings.sortName}</option>
              <option value="updated">{strings.sortUpdated}</option>
              <option value="kind">{strings.sortKind}</option>
              {here && <option value="distance">{strings.sortDistance}</option>}
            </select>
          </label>
          <button type="button" class="button" aria-expanded={mapOpen} aria-controls="register-map" onClick={toggleMap}>
            {mapOpen ? strings.hideMap : strings.showMap}
          </button>
          {(!mounted || 'geolocation' in navigator) && (
            <button type="button" class="button" onClick={locate}>
              {strings.nearMe}
            </button>
          )}
        </div>
        {locationError && <p role="alert">{strings.nearMeUnavailable}</p>}
        <div id="register-map" class="explorer__map-wrap" hidden={!mapOpen}>
          <p class="meta">
            {strings.mapNote} {strings.mapLegend} {strings.nearMeNote}
          </p>
          {mapLoading && <p role="status">{strings.mapLoading}</p>}
          <div ref={mapElement} class="explorer__map" role="region" aria-label={strings.mapLabel} />
        </div>
        {data &&
          (results.length === 0 ? (
            <p>{strings.noResults}</p>
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

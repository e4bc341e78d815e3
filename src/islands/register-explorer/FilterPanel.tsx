import { facetNames, type FacetName } from '../../lib/register/facets.ts';
import type { RegisterOverview } from '../../lib/register/compact-query.ts';
import { plural } from '../../lib/plural.ts';
import { FacetGroup } from './FacetGroup.tsx';
import type { ExplorerState } from './url-state.ts';
import type { ExplorerStrings } from './strings.ts';

interface Props {
  state: ExplorerState;
  overview: RegisterOverview;
  counts: Record<FacetName, Map<string, number>>;
  /** False until the script runs: the checkboxes come with it. */
  mounted: boolean;
  /** How many devices match now, for the "Show N devices" button. */
  matching: number;
  locale: string;
  strings: ExplorerStrings;
  onText: (text: string) => void;
  onToggle: (facet: FacetName, value: string, on: boolean) => void;
  onClear: () => void;
  /** Closes the panel on phones (the choices stay); on wide screens the panel is always shown. */
  onDone: () => void;
}

/** The text filter and the facets: beside the list on wide screens, a panel behind "Filters" on phones. */
export function FilterPanel({
  state,
  overview,
  counts,
  mounted,
  matching,
  locale,
  strings,
  onText,
  onToggle,
  onClear,
  onDone,
}: Props) {
  const hasFilters = facetNames.some((f) => (state.selection[f] ?? []).length > 0) || state.text.trim() !== '';
  return (
    <section id="register-filters" class="explorer__filters" aria-label={strings.filters}>
      <label class="explorer__label" for="register-text-filter">
        {strings.textFilter}
      </label>
      <input
        id="register-text-filter"
        type="search"
        value={state.text}
        maxLength={200}
        autocomplete="off"
        onInput={(event) => onText(event.currentTarget.value)}
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
          onToggle={onToggle}
        />
      ))}
      <div class="explorer__filter-actions">
        <button type="button" class="button button--primary explorer__done" onClick={onDone}>
          {plural(strings.showResults, locale, matching)}
        </button>
        {hasFilters && (
          <button type="button" class="button" onClick={onClear}>
            {strings.clearFilters}
          </button>
        )}
      </div>
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { FacetName } from '../../lib/register/facets.ts';

interface Props {
  facet: FacetName;
  legend: string;
  values: string[];
  labels: string[];
  counts: Map<string, number>;
  chosen: readonly string[];
  onToggle: (facet: FacetName, value: string, on: boolean) => void;
}

/**
 * One facet as a collapsible group of checkboxes with counts. It opens when it has a choice (a
 * shared link, Back), and only the reader closes it: closing it when the last box is unticked
 * would hide the box that has the keyboard focus.
 */
export function FacetGroup({ facet, legend, values, labels, counts, chosen, onToggle }: Props) {
  const group = useRef<HTMLDetailsElement>(null);
  const hasChoice = chosen.length > 0;
  useEffect(() => {
    if (hasChoice && group.current) group.current.open = true;
  }, [hasChoice]);
  return (
    <details class="facet" ref={group}>
      <summary>
        {legend}
        {chosen.length > 0 && <span class="facet__chosen"> ({chosen.length})</span>}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{legend}</legend>
        {values.map((value, index) => {
          const count = counts.get(value) ?? 0;
          const checked = chosen.includes(value);
          if (count === 0 && !checked) return null;
          const id = `facet-${facet}-${value}`;
          return (
            <div class="facet__option" key={value}>
              <input
                type="checkbox"
                id={id}
                name={facet}
                value={value}
                checked={checked}
                onChange={(event) => onToggle(facet, value, event.currentTarget.checked)}
              />
              <label for={id}>
                {labels[index]} <span class="facet__count">{count}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}

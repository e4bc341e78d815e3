import type { CompactItem } from '../../lib/register/compact-query.ts';
import type { CompactRegister } from '../../lib/register/compact.ts';
import type { ExplorerStrings } from './strings.ts';

interface Props {
  items: CompactItem[];
  limit: number;
  data: CompactRegister;
  locale: string;
  strings: ExplorerStrings;
}

const label = (data: CompactRegister, facet: 'kind' | 'district' | 'organisation' | 'status', value: string) =>
  data.facets[facet].labels[data.facets[facet].values.indexOf(value)];

/** The matching devices, in the same markup as the plain HTML list. */
export function ResultList({ items, limit, data, locale, strings }: Props) {
  return (
    <ul class="sensor-list">
      {items.slice(0, limit).map((item) => {
        const kindIndex = data.facets.kind.values.indexOf(item.values.kind[0]!);
        const personal = item.values.personalData[0] === 'yes';
        return (
          <li class="sensor-item" key={item.id}>
            <svg
              class="icon"
              viewBox="0 0 24 24"
              width="1.75em"
              height="1.75em"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
              aria-hidden="true"
            >
              <path d={data.kindIcons[kindIndex]} />
            </svg>
            <div>
              <a class="sensor-item__name" href={`/${locale}/register/${item.id}/`}>
                {item.name}
              </a>
              <p class="sensor-item__meta">
                {label(data, 'kind', item.values.kind[0]!)} ·{' '}
                {item.values.district.map((d) => label(data, 'district', d)).join(', ')} ·{' '}
                {label(data, 'organisation', item.values.organisation[0]!)}
              </p>
              <span class="status-badges">
                {item.values.status[0] !== 'active' && (
                  <span class="badge badge--neutral">{label(data, 'status', item.values.status[0]!)}</span>
                )}
                <span class={`badge badge--${personal ? 'caution' : 'positive'}`}>
                  {personal ? strings.personalData : strings.noPersonalData}
                </span>
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

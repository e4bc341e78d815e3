import type { CompactItem, ItemLabels, SortOrder } from '../../lib/register/compact-query.ts';
import type { ExplorerStrings } from './strings.ts';

interface Props {
  items: CompactItem[];
  limit: number;
  locale: string;
  sort: SortOrder;
  descending: boolean;
  strings: ExplorerStrings;
  /** A header clicked: sort by its column, or reverse the order when it already sorts. */
  onSort: (column: TableColumn) => void;
}

export const tableColumns = ['name', 'kind', 'district', 'personalData', 'retention', 'organisation'] as const;
export type TableColumn = (typeof tableColumns)[number];

/**
 * The matching devices as rows, for scanning many at once. Each header is a button that sorts
 * by its column; aria-sort tells screen readers the order. The same items and limit as the
 * cards, so both views show the same devices for the same address.
 */
export function ResultTable({ items, limit, locale, sort, descending, strings, onSort }: Props) {
  return (
    <div class="register-table" role="region" aria-labelledby="register-table-caption" tabIndex={0}>
      <table>
        <caption id="register-table-caption" class="visually-hidden">
          {strings.tableCaption}
        </caption>
        <thead>
          <tr>
            {tableColumns.map((column) => {
              const sorted = sort === column;
              return (
                <th scope="col" key={column} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" onClick={() => onSort(column)}>
                    {strings.columns[column]}
                    <span class="register-table__arrow" aria-hidden="true">
                      {sorted ? (descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {items.slice(0, limit).map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <a href={`/${locale}/register/${item.id}/`}>{item.name}</a>
              </th>
              {tableColumns.slice(1).map((column) => (
                <td key={column}>
                  {column === 'personalData' ? (
                    <span class={`badge badge--${item.values.personalData[0] === 'yes' ? 'caution' : 'positive'}`}>
                      {item.labels.personalData}
                    </span>
                  ) : (
                    item.labels[column as keyof ItemLabels]
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

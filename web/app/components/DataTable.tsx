import { useMemo, useState, type ReactNode } from 'react';
import { useI18n, useT } from '../i18n/I18nProvider.js';
import { downloadCsv, downloadXlsx, type CellValue } from './downloads.js';

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  /** The value the downloads hold and the column sorts by: numbers stay numbers. */
  readonly value: (row: Row) => CellValue;
  /** What the cell shows (links, formatted numbers); default: the value. */
  readonly render?: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  /** Left out of the downloads (a column of buttons, say). */
  readonly screenOnly?: boolean;
  /** Only in the downloads (the words behind a cell the screen shows as marks, say). */
  readonly downloadOnly?: boolean;
}

interface DataTableProps<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
  /** The file name of the downloads, without extension. */
  readonly fileName: string;
  readonly caption: string;
  readonly rowKey: (row: Row) => string;
  /** Rows shown before "show more". */
  readonly pageSize?: number;
  readonly testId?: string;
  readonly rowClassName?: (row: Row) => string | undefined;
}

/**
 * A table every page uses: sortable by any column (keyboard too), shown a page at a time, and
 * downloadable whole as CSV or XLSX with the same columns and raw values.
 */
export function DataTable<Row>({ rows, columns, fileName, caption, rowKey, pageSize = 50, testId, rowClassName }: DataTableProps<Row>) {
  const t = useT('common');
  const { fmt } = useI18n();
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const [shown, setShown] = useState(pageSize);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!column || !sort) return rows;
    const direction = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x == null || x === '') return 1;
      if (y == null || y === '') return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
      return String(x).localeCompare(String(y), 'id') * direction;
    });
  }, [rows, columns, sort]);
  const exported = columns.filter((column) => !column.screenOnly);
  const shownColumns = columns.filter((column) => !column.downloadOnly);
  const headers = exported.map((column) => column.header);
  const values = () => sorted.map((row) => exported.map((column) => column.value(row)));
  return (
    <div className="table-block" data-testid={testId}>
      <div className="table-tools">
        <span className="table-count" data-testid="row-count">{t('table.rows', { count: fmt.number(rows.length) })}</span>
        <span className="downloads" aria-label={t('table.download')}>
          {t('table.download')}:{' '}
          <button type="button" className="link-button" data-testid="download-csv" onClick={() => downloadCsv(fileName, headers, values())}>{t('table.csv')}</button>
          {' · '}
          <button type="button" className="link-button" data-testid="download-xlsx" onClick={() => void downloadXlsx(fileName, caption, headers, values())}>{t('table.xlsx')}</button>
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {shownColumns.map((column) => {
                const active = sort?.key === column.key;
                return (
                  <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="sort" title={t('table.sortBy', { column: column.header })}
                      onClick={() => setSort(active && !sort?.descending ? { key: column.key, descending: true } : { key: column.key, descending: false })}>
                      {column.header}{active ? (sort?.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {shownColumns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>{column.render ? column.render(row) : String(column.value(row) ?? '–')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown && (
        <button type="button" className="more" onClick={() => setShown(shown + pageSize)}>
          {t('table.more', { count: fmt.number(Math.min(pageSize, sorted.length - shown)) })}
        </button>
      )}
    </div>
  );
}

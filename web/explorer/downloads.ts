// The export links: each format of /export with the view's selection (and the year range, for
// a network view, as the export's filter), fetched first so that a refusal shows on the page.
import { $, t } from './i18n.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'nodes.csv', 'edges.csv', 'cytoscape.json', 'graphology.json', 'cypher'] as const;
type ExportFormat = typeof EXPORT_FORMATS[number];

export const downloadName = (format: string) => (EXPORT_FORMATS as readonly string[]).includes(format) ? t(`download.${format as ExportFormat}`) : format;

/** The selection the downloads carry: the view's, with the year range in a network view's filter. */
export function selectionWithYears(selection: unknown, from: number | undefined, to: number | undefined): unknown {
  if (!selection || typeof selection !== 'object' || (selection as { kind?: string }).kind !== 'network' || (from === undefined && to === undefined)) return selection;
  const network = selection as { filter?: Record<string, unknown> | null };
  const filter = { ...(network.filter ?? {}) };
  if (from !== undefined) filter.fromYear = from;
  if (to !== undefined) filter.toYear = to;
  return { ...network, filter };
}

export function createDownloadLinks(onClick: (link: HTMLAnchorElement) => void) {
  const downloads = $('downloads');
  for (const format of EXPORT_FORMATS) {
    const link = document.createElement('a');
    link.id = `download-${format.replace('.', '-')}`;
    link.dataset.testid = `download-${format}`;
    link.dataset.format = format;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (link.href) onClick(link);
    });
    downloads.append(link);
  }
  relabelDownloads();
  updateDownloads(null);
}

export function relabelDownloads() {
  for (const link of $('downloads').querySelectorAll<HTMLAnchorElement>('a')) {
    const format = link.dataset.format ?? '';
    link.textContent = downloadName(format);
    link.title = t('download.title', { format: downloadName(format) });
  }
}

export function updateDownloads(selection: unknown) {
  for (const link of $('downloads').querySelectorAll<HTMLAnchorElement>('a')) {
    if (selection === null || selection === undefined) {
      link.removeAttribute('href');
      link.classList.add('disabled');
    } else {
      link.href = `/export?format=${encodeURIComponent(link.dataset.format ?? '')}&selection=${encodeURIComponent(JSON.stringify(selection))}`;
      link.classList.remove('disabled');
    }
  }
}

/**
 * Fetches the export first so that a refusal (400 with {error}) is shown on the page instead of
 * a silently cancelled download; a view is at most 2000 nodes, so holding the file is cheap.
 * Throws the server's message.
 */
export async function download(link: HTMLAnchorElement) {
  const format = link.dataset.format ?? '';
  const response = await fetch(link.href);
  if (!response.ok) {
    const text = await response.text();
    let message = `HTTP ${response.status}`;
    try {
      const body = JSON.parse(text) as { error?: { message?: string; field?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      if (text) message += `: ${text.slice(0, 200)}`;
    }
    throw new Error(message);
  }
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? `network.${format}`;
  const url = URL.createObjectURL(blob);
  const save = document.createElement('a');
  save.href = url;
  save.download = decodeURIComponent(name);
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

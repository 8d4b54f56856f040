// The self-hosted GraphiQL playground: bundled by scripts/build-web.mjs, served at /playground.
// It talks only to this server's /graphql; the README's example queries come from
// /playground/examples.json (extracted from README.md at build time).
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

interface Example { title: string; query: string }

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** A plain POST to /graphql (no subscriptions, no websocket). */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }) {
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(options?.headers ?? {})) extra[name] = String(value);
  const response = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...extra },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

/**
 * The example with its title as a comment, and an operation name made from the title when it
 * has none (so GraphiQL's tab shows it instead of "<untitled>"); the query is otherwise as in the README.
 */
function withTitle(example: Example, index: number): string {
  const words = example.title.replace(/[^A-Za-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean).slice(0, 3);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') + (index > 0 ? String(index + 1) : '');
  const named = /^[A-Za-z]/.test(name) ? example.query.replace(/^\s*(query|mutation)?\s*(?=[{(])/, (_all, op: string | undefined) => `${op ?? 'query'} ${name} `) : example.query;
  return `# ${example.title}\n${named}`;
}

function Playground({ examples }: { examples: Example[] }) {
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    document.title = `Kolaborasi Graph: GraphQL playground (${examples.length} examples)`;
  }, [examples.length]);
  return (
    <>
      <div className="kg-bar">
        <strong>Kolaborasi Graph</strong>
        <label>
          README example:{' '}
          <select
            id="example-select"
            data-testid="example-select"
            value={chosen}
            onChange={(event) => {
              const example = examples[Number(event.target.value)];
              setChosen(event.target.value);
              if (example) setQuery(withTitle(example, Number(event.target.value)));
            }}
          >
            <option value="">choose one to load it into the editor…</option>
            {examples.map((example, index) => <option key={index} value={index}>{example.title}</option>)}
          </select>
        </label>
        <a href="/explorer">Network explorer</a>
      </div>
      <div className="kg-main">
        <GraphiQL
          fetcher={fetcher as never}
          query={query}
          defaultQuery={examples[0] ? withTitle(examples[0], 0) : '{ agencies(first: 5) { nodes { id name } } }\n'}
          defaultTabs={examples.length > 0 ? examples.slice(0, 6).map((example, index) => ({ query: withTitle(example, index) })) : undefined}
          defaultEditorToolsVisibility={false}
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
        >
          <GraphiQL.Logo>Kolaborasi Graph</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </>
  );
}

async function main() {
  let examples: Example[] = [];
  try {
    const response = await fetch('/playground/examples.json');
    if (response.ok) examples = (await response.json()) as Example[];
  } catch {
    // The playground still works without the examples.
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  root.textContent = '';
  createRoot(root).render(<Playground examples={examples} />);
}

void main();

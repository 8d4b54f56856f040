// The self-hosted GraphiQL playground: bundled by scripts/build-web.mjs, served at /playground.
// It talks only to this server's /graphql. The example queries of the README and docs/ come from
// /playground/examples.json (scripts/readme-examples.mjs, at build time), grouped by the question
// they answer. `/playground?query=…&variables=…&operationName=…` (the workbench's "show as
// GraphQL") opens that query, filled in, as the active tab; nothing runs until ▶ is pressed.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, GraphiQLInterface, GraphiQLProvider } from 'graphiql';
// graphiql's own editor context (its dependency, which graphiql's types import too): the menu
// opens an example in a new tab, or goes to the tab that already holds it.
import { useEditorContext } from '@graphiql/react';
import 'graphiql/graphiql.css';

/** One entry of examples.json (scripts/readme-examples.mjs). */
interface Example { group: string; title: string; operationName: string; write: boolean; line: number; query: string }

/** What the URL asks to open. */
interface Opened { query: string; variables?: string; operationName?: string }

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

const KEY_COMMAND = 'npm run api-key -- --name me --role editor';
const HEADER = '{"Authorization": "Bearer <key>"}';

/** The comment a write example opens with, so the note travels with the query. */
const WRITE_COMMENT = [
  '# Needs the editor role (docs/api.md, "Access"):',
  `# 1. ${KEY_COMMAND}`,
  '# 2. start the server with API_KEYS=<entry>',
  `# 3. Headers: ${HEADER}`,
].join('\n');

/**
 * The example as it opens in the editor: its group and title as a comment (and the key note for
 * a write), and the operation name made from the title (GraphiQL names the tab after it); the
 * query is otherwise as in the docs.
 */
function exampleText(example: Example): string {
  const named = example.query.replace(/^\s*(query|mutation)?\s*(?=[{(])/, (_all, op: string | undefined) => `${op ?? 'query'} ${example.operationName} `);
  return [`# ${example.group}: ${example.title}`, ...(example.write ? [WRITE_COMMENT] : []), named].join('\n');
}

/** True when the text holds a mutation (comments and strings aside, roughly). */
function isWrite(text: string | null | undefined): boolean {
  return /(^|[\s}])mutation\b/.test((text ?? '').replace(/#[^\n]*/g, '').replace(/"[^"\n]*"/g, '""'));
}

/** The query, variables and operation name of the URL, if it carries a query. */
function openedFromUrl(search: string): Opened | null {
  const params = new URLSearchParams(search);
  const query = params.get('query');
  if (!query || !query.trim()) return null;
  const opened: Opened = { query };
  const variables = params.get('variables');
  if (variables && variables.trim()) {
    // Pretty-printed when it is JSON; as given otherwise (GraphiQL then says what is wrong with it).
    try {
      opened.variables = JSON.stringify(JSON.parse(variables), null, 2);
    } catch {
      opened.variables = variables;
    }
  }
  const operationName = params.get('operationName');
  if (operationName && /^[_A-Za-z][_0-9A-Za-z]*$/.test(operationName)) opened.operationName = operationName;
  return opened;
}

/** The examples by group, in the order of examples.json (already sorted by question). */
function byGroup(examples: Example[]): Array<[string, Array<{ example: Example; index: number }>]> {
  const groups = new Map<string, Array<{ example: Example; index: number }>>();
  examples.forEach((example, index) => {
    const group = example.group || 'Other';
    groups.set(group, [...(groups.get(group) ?? []), { example, index }]);
  });
  return [...groups];
}

function KeyNote({ id, strong }: { id: string; strong?: boolean }) {
  return (
    <div className={strong ? 'kg-note kg-note-write' : 'kg-note'} id={id} data-testid={id}>
      <p lang="en">
        {strong ? <><strong>This tab writes.</strong>{' '}</> : null}
        <strong>Writing</strong> needs the <code>editor</code> role: <code>{KEY_COMMAND}</code>, start the server
        with <code>API_KEYS=&lt;the entry it prints&gt;</code>, then <code>{HEADER}</code> in the <strong>Headers</strong> tab
        (<a href="/docs/api#access">docs, “Access”</a>).
      </p>
      <p lang="id">
        Menulis data perlu peran <code>editor</code>: buat kunci dengan perintah di atas, jalankan server dengan
        {' '}<code>API_KEYS=&lt;entri&gt;</code>, lalu isi tab <strong>Headers</strong>.
      </p>
    </div>
  );
}

/** The bar above GraphiQL: the examples by question, and the key note. Lives inside GraphiQL's provider. */
function Bar({ examples, opened }: { examples: Example[]; opened: Opened | null }) {
  const editor = useEditorContext({ nonNull: true });
  const { tabs, activeTabIndex, addTab, changeTab, queryEditor, variableEditor, setOperationName } = editor;
  const [chosen, setChosen] = useState('');
  // The text to put into the tab addTab is opening (it opens with the default query first).
  const pending = useRef<string | null>(null);
  const namedOnce = useRef(false);

  useEffect(() => {
    if (pending.current === null || !queryEditor) return;
    queryEditor.setValue(pending.current);
    variableEditor?.setValue('');
    pending.current = null;
  }, [tabs.length, activeTabIndex, queryEditor, variableEditor]);

  // GraphiQL does not scroll its tab bar: keep the active tab in view. A new one opens at the end,
  // slides in (the tabs are animated) and widens when it takes the example's name, so look again
  // as it settles.
  useEffect(() => {
    const show = () => {
      const active = document.querySelector('.graphiql-tab-active');
      // The last tab: its "+" button (the list's last item) too.
      const add = active?.nextElementSibling?.classList.contains('graphiql-tab-add') ? active.nextElementSibling : null;
      for (const element of [add, active]) element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    const timers = [0, 150, 400, 800].map((ms) => setTimeout(show, ms));
    return () => timers.forEach(clearTimeout);
  }, [tabs.length, activeTabIndex, tabs[activeTabIndex]?.title]);

  // operationName from the URL: selected once, in the tab that holds the URL's query. GraphiQL
  // keeps a selected name while the document defines it (and falls back to the first operation).
  useEffect(() => {
    if (namedOnce.current || !opened?.operationName || !queryEditor) return;
    namedOnce.current = true;
    if (queryEditor.getValue() === opened.query) setOperationName(opened.operationName);
  }, [opened, queryEditor, setOperationName]);

  const open = (example: Example) => {
    const text = exampleText(example);
    const existing = tabs.findIndex((tab) => tab.query === text);
    if (existing >= 0) {
      changeTab(existing);
      return;
    }
    pending.current = text;
    addTab();
  };

  const writing = isWrite(tabs[activeTabIndex]?.query);
  return (
    <>
      <div className="kg-bar">
        <strong>Kolaborasi Graph</strong>
        <label htmlFor="example-select">Example, by question <span lang="id">(contoh per pertanyaan)</span>:</label>
        <select
          id="example-select"
          data-testid="example-select"
          value={chosen}
          onChange={(event) => {
            const example = examples[Number(event.target.value)];
            setChosen('');
            if (event.target.value !== '' && example) open(example);
          }}
        >
          <option value="">choose one to open it in a tab…</option>
          {byGroup(examples).map(([group, entries]) => (
            <optgroup key={group} label={group}>
              {entries.map(({ example, index }) => <option key={index} value={index}>{example.title}</option>)}
            </optgroup>
          ))}
        </select>
        <span className="kg-links"><a href="/">Workbench</a> <a href="/explorer">Network explorer</a> <a href="/docs/">Docs</a></span>
      </div>
      {writing ? <KeyNote id="write-note" strong /> : <KeyNote id="key-note" />}
    </>
  );
}

function Playground({ examples, opened }: { examples: Example[]; opened: Opened | null }) {
  useEffect(() => {
    document.title = `Kolaborasi Graph: GraphQL playground (${examples.length} examples)`;
  }, [examples.length]);
  // A query from the URL opens alone (GraphiQL adds it to the tabs it kept from an earlier visit
  // and makes it the active one); otherwise the first six examples open as tabs.
  const defaultTabs = opened
    ? [{ query: opened.query, variables: opened.variables ?? null }]
    : examples.length > 0 ? examples.slice(0, 6).map((example) => ({ query: exampleText(example) })) : undefined;
  return (
    <GraphiQLProvider
      fetcher={fetcher as never}
      defaultTabs={defaultTabs}
      query={opened?.query}
      variables={opened?.variables}
      defaultQuery={'# Write a query, or open an example from the menu above.\n{\n  agencies(first: 5) { nodes { id name } }\n}\n'}
      shouldPersistHeaders={false}
    >
      <Bar examples={examples} opened={opened} />
      <div className="kg-main">
        <GraphiQLInterface defaultEditorToolsVisibility={opened?.variables ? 'variables' : false} isHeadersEditorEnabled showPersistHeadersSettings={false}>
          <GraphiQL.Logo>Playground</GraphiQL.Logo>
        </GraphiQLInterface>
      </div>
    </GraphiQLProvider>
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
  createRoot(root).render(<Playground examples={examples} opened={openedFromUrl(window.location.search)} />);
}

void main();

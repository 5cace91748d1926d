import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { mendGraphiQLAccessibility } from './accessibility';
import { examples } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
// GraphiQL 4 fills the first tab's query from defaultTabs but not its variables; on a first visit (no
// stored tabs) they are handed over explicitly. Later visits restore the reader's own tabs.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={examples}
    variables={firstVisit ? examples[0].variables : undefined}
    defaultEditorToolsVisibility="variables"
    isHeadersEditorEnabled
    // An editor token must not outlive the session in the browser's storage.
    shouldPersistHeaders={false}
    showPersistHeadersSettings={false}
  />,
);
// The whole body: GraphiQL renders its dialogs and popovers outside its root.
mendGraphiQLAccessibility(document.body);

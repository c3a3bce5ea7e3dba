import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './accessibility.css';
import { patchGraphiqlAccessibility } from './accessibility';

/** The developer IDE, bundled so that /graphql opens on a network without internet access. */
const endpoint = new URL('/graphql', window.location.href);
const subscriptionUrl = `${endpoint.protocol === 'https:' ? 'wss:' : 'ws:'}//${endpoint.host}/graphql`;
const fetcher = createGraphiQLFetcher({ url: endpoint.toString(), subscriptionUrl });

const defaultQuery = `# Community Budget Hub. Signed-in queries: add {"Authorization": "Bearer <token>"} in the Headers tab.
query Representation {
  representation(regionId: null) {
    totalAttendees
    representativeness
    missingGroups { name languages }
  }
}
`;

const container = document.getElementById('graphiql')!;
patchGraphiqlAccessibility(container);
createRoot(container).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} isHeadersEditorEnabled shouldPersistHeaders={false} />,
);

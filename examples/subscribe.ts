/**
 * A minimal partner-app client: subscribes to request updates and prints each one.
 *
 *   HUB_TOKEN=<token> npm run example:subscribe
 *   HUB_TOKEN=<token> HUB_URL=ws://localhost:4000/graphql PARTNER_ID=<id> npx ts-node --transpile-only examples/subscribe.ts
 *
 * The demo district prints its tokens when the hub starts. Leave it running, change a request
 * (e.g. `transitionRequest`) from another terminal, and watch the event arrive.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.HUB_URL ?? 'ws://localhost:4000/graphql';
const token = process.env.HUB_TOKEN;
if (!token) {
  console.error('Set HUB_TOKEN to a bearer token (the demo district prints them on start).');
  process.exit(1);
}

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  // Reconnect after restarts (1001), "too far behind" (1013) and network drops; 4401 is final.
  retryAttempts: Infinity,
  shouldRetry: () => true,
  on: {
    connected: () => console.log(`connected to ${url}`),
    closed: (event) => {
      const { code, reason } = event as { code: number; reason: string };
      console.log(`closed: ${code} ${reason}`);
      if (code === 4401) process.exit(1);
    },
  },
});

const query = /* GraphQL */ `
  subscription RequestUpdated($partnerId: ID, $focalGroupId: ID) {
    requestUpdated(partnerId: $partnerId, focalGroupId: $focalGroupId) {
      requestId
      partnerId
      focalGroupIds
      changedFields
      status
      version
      occurredAt
    }
  }
`;

client.subscribe(
  { query, variables: { partnerId: process.env.PARTNER_ID ?? null, focalGroupId: process.env.FOCAL_GROUP_ID ?? null } },
  {
    next: (result) => console.log(JSON.stringify(result.errors ?? result.data)),
    error: (error) => console.error('subscription error', error),
    complete: () => console.log('subscription complete'),
  },
);

process.on('SIGINT', () => {
  void client.dispose();
  process.exit(0);
});

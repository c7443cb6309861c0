// Drives Pluggy's official Node SDK against the server at PLUGGY_API_URL (the SDK reads that
// variable itself) and prints what each call returned as one JSON object. NodeSdkIT makes the
// assertions; this script only records, so a wrong answer shows up as a failed Java assertion.
'use strict';
const { PluggyClient } = require('pluggy-sdk');

async function attempt(call) {
  try {
    return { ok: await call() };
  } catch (error) {
    return { error };
  }
}

async function main() {
  const client = new PluggyClient({
    clientId: process.env.PLUGGY_CLIENT_ID,
    clientSecret: process.env.PLUGGY_CLIENT_SECRET,
  });
  const ids = (page) => page.results.map((connector) => connector.id);

  const all = await client.fetchConnectors();
  const withSandbox = await client.fetchConnectors({ sandbox: true });
  const filtered = await client.fetchConnectors({
    countries: ['BR'],
    types: ['PERSONAL_BANK', 'BUSINESS_BANK'],
    name: 'itau',
    isOpenFinance: true,
  });
  const payments = await client.fetchConnectors({ supportsPaymentInitiation: true, supportsAutomaticPix: true });
  const itau = await client.fetchConnector(201);
  const sandbox = await client.fetchConnector(0);
  const valid = await client.validateParameters(0, { user: 'user-ok', password: 'password-ok' });
  const invalid = await client.validateParameters(2, { user: 'bob', password: '123' });
  const missing = await attempt(() => client.fetchConnector(99999999));
  const token = await client.createConnectToken();

  process.stdout.write(JSON.stringify({
    all: { total: all.total, page: all.page, totalPages: all.totalPages, ids: ids(all) },
    withSandbox: ids(withSandbox),
    filtered: ids(filtered),
    payments: ids(payments),
    itau: {
      id: itau.id,
      name: itau.name,
      credentials: itau.credentials.map((c) => c.name),
      createdAtIsDate: itau.createdAt instanceof Date,
      createdAt: itau.createdAt instanceof Date ? itau.createdAt.toISOString() : null,
    },
    sandbox: { id: sandbox.id, name: sandbox.name, isSandbox: sandbox.isSandbox },
    valid,
    invalid,
    missing: missing.error ? missing.error : { unexpectedlyFound: missing.ok.id },
    connectToken: typeof token.accessToken === 'string' && token.accessToken.split('.').length === 3,
  }));
}

main().catch((error) => {
  process.stderr.write(`sdk-check failed: ${error && (error.stack || JSON.stringify(error))}\n`);
  process.exit(1);
});

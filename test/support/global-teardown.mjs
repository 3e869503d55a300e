export default async function globalTeardown() {
  await globalThis.ledgerTestServer?.stop();
}

/**
 * The web UI's API types (apps/web/src/generated/api-schema.d.ts) are generated
 * from the OpenAPI document by openapi-typescript: an API changed without
 * generating them again fails here, naming the command that does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import {
  GENERATE_WEB_CLIENT_COMMAND,
  WEB_CLIENT_TYPES_FILE,
  webClientTypes,
} from '../apps/api/src/openapi/web-client-types.js';

describe("the web UI's generated API types", () => {
  it('are those of the OpenAPI document as the API describes itself now', async () => {
    const committed = await readFile(WEB_CLIENT_TYPES_FILE, 'utf8').catch(() => '');
    const generated = await webClientTypes();
    if (committed === generated) return;
    const file = path.relative(PROJECT_ROOT, WEB_CLIENT_TYPES_FILE);
    const committedLines = committed.split('\n');
    const line = generated.split('\n').findIndex((text, index) => text !== committedLines[index]);
    throw new Error(
      `${file} is stale (from line ${line + 1}): run \`${GENERATE_WEB_CLIENT_COMMAND}\` and commit it`,
    );
  });
});

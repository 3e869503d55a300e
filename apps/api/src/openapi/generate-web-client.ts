/** `npm run -s generate:web-client`: the web UI's API types from the OpenAPI document. */
import path from 'node:path';
import { writeWebClientTypes } from './web-client-types.js';

const file = await writeWebClientTypes();
console.log(`Wrote ${path.relative(process.cwd(), file)}`);

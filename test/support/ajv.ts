import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export: ESM sees it as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** An Ajv that knows the formats OpenAPI and schema.org use (uri, uuid, date-time, binary). */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}

/**
 * The OpenAPI document of the HTTP API, built from the controllers' decorators,
 * served at /docs-json and read by the tests that generate a client from it.
 */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config.js';

export function buildOpenApiDocument(
  app: INestApplication,
  config: Pick<AppConfig, 'publicUrl'>,
): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Claims Ledger API')
    .setDescription(
      'Claims of news articles with their exact spans, automatic checks, review and a verifiable history. ' +
        'Errors are RFC 9457 problem details. Offsets count Unicode code points of the stored text (NFC, LF line ends).',
    )
    .setVersion('1')
    .setLicense('Proprietary', `${config.publicUrl}/docs`)
    .addServer(config.publicUrl)
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque API key',
      description: 'An API key from `ledger admin create-user`',
    })
    .build();
  const document = SwaggerModule.createDocument(app, builder);
  listNullInNullableEnums(document);
  return document;
}

/**
 * OpenAPI 3.0 validators and client generators read `enum` alone: a nullable
 * enum must list null among its values, or null fails validation.
 */
function listNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(listNullInNullableEnums);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as { nullable?: boolean; enum?: unknown[] };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum = [...schema.enum, null];
  Object.values(node).forEach(listNullInNullableEnums);
}

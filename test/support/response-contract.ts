/**
 * Every answer of an app under test, checked against the OpenAPI document:
 * the status must be one the operation lists, and a JSON body must match the
 * schema listed for that status and media type. Mismatches are collected and
 * fail the test file when its app closes.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ValidateFunction } from 'ajv';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document.js';
import { createAjv } from './ajv.js';

const DOCUMENT_ID = 'openapi.json';

interface ResponseObject {
  content?: Record<string, unknown>;
}
type OperationObject = { responses: Record<string, ResponseObject> };

export class ResponseContract {
  readonly violations: string[] = [];
  private readonly ajv = createAjv({ validateSchema: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenAPIObject) {
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  /** Adds the check to the app's answers; call before the app is initialised. */
  static attachTo(app: NestFastifyApplication, publicUrl: string): ResponseContract {
    const contract = new ResponseContract(buildOpenApiDocument(app, { publicUrl }));
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onSend', async (request, reply, payload) => {
        contract.check(
          request.method,
          request.routeOptions.url,
          reply.statusCode,
          String(reply.getHeader('content-type') ?? ''),
          payload,
        );
        return payload;
      });
    return contract;
  }

  check(
    method: string,
    route: string | undefined,
    status: number,
    contentType: string,
    payload: unknown,
  ): void {
    if (route === undefined) return;
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = (this.document.paths[path] as Record<string, OperationObject> | undefined)?.[
      method.toLowerCase()
    ];
    if (operation === undefined) return;
    const where = `${method} ${path} → ${status}`;
    const response = operation.responses[String(status)] ?? operation.responses.default;
    if (response === undefined) {
      this.violations.push(`${where}: a status the document does not list`);
      return;
    }
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? String(payload) : null;
    if (body === null || body === '') return;
    const mediaType = contentType.split(';')[0].trim();
    if (!response.content?.[mediaType]) {
      const listed = Object.keys(response.content ?? {}).join(', ') || 'no body';
      this.violations.push(
        `${where}: answered ${mediaType || 'no type'}, the document lists ${listed}`,
      );
      return;
    }
    if (!mediaType.endsWith('json')) return;
    const validate = this.validatorFor(
      path,
      method.toLowerCase(),
      String(status) in operation.responses ? String(status) : 'default',
      mediaType,
    );
    if (!validate(JSON.parse(body))) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
        .join('; ');
      this.violations.push(`${where}: the body does not match the schema: ${errors}`);
    }
  }

  private validatorFor(path: string, method: string, status: string, mediaType: string) {
    const pointer = ['paths', path, method, 'responses', status, 'content', mediaType, 'schema']
      .map((part) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1')))
      .join('/');
    let validate = this.validators.get(pointer);
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

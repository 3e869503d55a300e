import { applyDecorators, Controller, Get } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, PrismaHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators.js';
import { PrismaService } from '../database/prisma.service.js';
import { ApiProblems } from '../errors/api-problems.js';
import { HealthResponse, IndicatorStatus } from './health.response.js';

/** Documented here rather than by @HealthCheck, whose documentation depends on how @nestjs/swagger loads. */
const ApiHealthAnswers = () =>
  applyDecorators(
    HealthCheck({ swaggerDocumentation: false }),
    ApiExtraModels(IndicatorStatus),
    ApiOkResponse({ type: HealthResponse, description: 'Every check passed' }),
    ApiServiceUnavailableResponse({
      type: HealthResponse,
      description: 'A check failed: `error` names it, with its message',
    }),
    ApiProblems(429, 500),
  );

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: PrismaHealthIndicator,
    private readonly prisma: PrismaService,
  ) {}

  @Get('live')
  @Public()
  @ApiHealthAnswers()
  @ApiOperation({
    operationId: 'checkLiveness',
    summary: 'The process answers (no dependency is checked): restart it when this fails',
  })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @Public()
  @ApiHealthAnswers()
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'Ready to serve: the database answers a round trip within 2 s',
  })
  ready() {
    return this.checkDatabase();
  }

  @Get()
  @Public()
  @ApiHealthAnswers()
  @ApiOperation({ operationId: 'checkHealth', summary: 'The same as /health/ready' })
  check() {
    return this.checkDatabase();
  }

  private checkDatabase() {
    return this.health.check([
      () => this.database.pingCheck('database', this.prisma).withTimeout(2000),
    ]);
  }
}

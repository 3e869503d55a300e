import { ApiProperty } from '@nestjs/swagger';
import { Permission, ROLES, type RoleName } from '../auth/permissions.js';

export class WorkspaceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'gazette' })
  slug: string;

  @ApiProperty({ example: 'The Gazette' })
  name: string;
}

/** The caller: a member, or an API key without one. */
export class MeResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  userId: string | null;

  @ApiProperty({ nullable: true, type: String })
  name: string | null;

  @ApiProperty({ enum: ROLES })
  role: RoleName;

  @ApiProperty({
    enum: Object.values(Permission),
    isArray: true,
    description:
      'What the role may do (README, "Authentication and roles"): clients show only these actions',
    example: ['read', 'submit-content', 'start-review'],
  })
  permissions: Permission[];

  @ApiProperty({ type: WorkspaceResponse })
  workspace: WorkspaceResponse;
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES })
  role: RoleName;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, PERMISSIONS, ROLES, type Permission, type Role } from '@app/access';
import { Optional } from '../common/optional.decorator';
import { SCHEMA_PATTERNS } from '@app/domain';

// Shape only; the password rule is the access library's passwordProblem(), applied by the services.

export class LoginDto {
  @ApiProperty({ example: 'admin@followsun.local' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class UserDto {
  @ApiProperty({ example: '4b6f0c2e-0f0e-4d7c-9f59-2f0f6c1b7a10' })
  id: string;

  @ApiProperty({ example: 'li.lei@example.com' })
  email: string;

  @ApiProperty({ example: 'Li Lei' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'lead' })
  role: Role;
}

export class UserListItemDto extends UserDto {
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' })
  updatedAt: string;
}

export class SessionDto {
  @ApiProperty({ description: 'Send as Authorization: Bearer <token> (scripts); browsers use the followsun_session cookie set with it' })
  token: string;

  @ApiProperty({ example: '2026-12-08T08:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ type: UserDto })
  user: UserDto;
}

export class MeDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({ enum: PERMISSIONS, isArray: true, description: "What the user's role may do (docs/access.md)" })
  permissions: Permission[];
}

export class PasswordChangeDto {
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  newPassword: string;
}

export class NewUserDto {
  @ApiProperty({ example: 'li.lei@example.com' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Li Lei' })
  @IsString()
  @Matches(new RegExp(SCHEMA_PATTERNS.displayName), { message: 'name must contain a visible character' })
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES, example: 'lead' })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ minLength: 10, description: 'The first password; the user can change it' })
  @IsString()
  password: string;
}

export class UserChangesDto {
  @ApiPropertyOptional({ example: 'Li Lei' })
  @Optional()
  @IsString()
  @Matches(new RegExp(SCHEMA_PATTERNS.displayName), { message: 'name must contain a visible character' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ minLength: 10, description: "A new password (ends the user's sessions)" })
  @Optional()
  @IsString()
  password?: string;
}

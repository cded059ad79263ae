import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { permissionsOf } from '@app/access';
import { ApiErrorDto } from '../common/api-error.dto';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public, SESSION_COOKIE, SignedIn } from './access.decorator';
import { LoginDto, MeDto, PasswordChangeDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, SessionTokenHash } from './current-user.decorator';
import type { SignedInUser } from './signed-in-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: answers a bearer token and sets the HttpOnly session cookie' })
  @ApiOkResponse({ type: SessionDto })
  @ApiErrors(400)
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Email or password is wrong.' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'too many wrong passwords for this email in 15 minutes' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const grant = await this.auth.login(body.email, body.password);
    response.cookie(SESSION_COOKIE, grant.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/',
      // the cookie lasts as long as the session it carries
      expires: new Date(grant.expiresAt),
    });
    return grant;
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session and clears its cookie' })
  @ApiNoContentResponse()
  async logout(@SessionTokenHash() tokenHash: string, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(tokenHash);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user and what their role may do' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: SignedInUser): MeDto {
    return { user, permissions: [...permissionsOf(user.role)] };
  }

  @Put('password')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password (needs the current one); your other sessions end' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  changePassword(@CurrentUser() user: SignedInUser, @SessionTokenHash() tokenHash: string, @Body() body: PasswordChangeDto): Promise<void> {
    return this.auth.changePassword(user, tokenHash, body.currentPassword, body.newPassword);
  }
}

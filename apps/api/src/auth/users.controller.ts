import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { Access } from './access.decorator';
import { NewUserDto, UserChangesDto, UserListItemDto } from './auth.dto';
import { CurrentUser } from './current-user.decorator';
import type { SignedInUser } from './signed-in-user';
import { UsersService, UserView } from './users.service';

@ApiTags('users')
@Controller('users')
@Access('users.manage')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserListItemDto] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a user with a role and a first password' })
  @ApiCreatedResponse({ type: UserListItemDto })
  @ApiErrors(400, 409)
  create(@Body() body: NewUserDto): Promise<UserView> {
    return this.users.create(body);
  }

  @Put(':id')
  @ApiOperation({ summary: "Change a user's name, role or password (the last manager keeps the role)" })
  @ApiOkResponse({ type: UserListItemDto })
  @ApiErrors(400, 404)
  update(@Param('id') id: string, @Body() body: UserChangesDto, @CurrentUser() actor: SignedInUser): Promise<UserView> {
    return this.users.update(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a user and end their sessions (not yourself, not the last manager)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  remove(@Param('id') id: string, @CurrentUser() actor: SignedInUser): Promise<void> {
    return this.users.remove(id, actor);
  }
}

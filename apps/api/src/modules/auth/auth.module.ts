import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';
import { TokenService } from './token.service';

@Module({
  providers: [PasswordHasher, TokenService, LoginThrottle, AuthService, SessionCookie, AuthResolver],
  exports: [AuthService, PasswordHasher, TokenService, SessionCookie],
})
export class AuthModule {}

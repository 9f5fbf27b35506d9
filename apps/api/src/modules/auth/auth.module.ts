import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';
import { MemoryThrottleCounters, RedisThrottleCounters, THROTTLE_COUNTERS } from './throttle-counters';
import { TokenService } from './token.service';

@Module({
  providers: [
    PasswordHasher,
    TokenService,
    {
      // Shared by every instance when REDIS_URL is set; otherwise this process counts alone.
      provide: THROTTLE_COUNTERS,
      useFactory: (config: AppConfig) => (config.redisUrl ? new RedisThrottleCounters(config.redisUrl) : new MemoryThrottleCounters()),
      inject: [APP_CONFIG],
    },
    LoginThrottle,
    AuthService,
    SessionCookie,
    AuthResolver,
  ],
  exports: [AuthService, PasswordHasher, TokenService, SessionCookie],
})
export class AuthModule {}

import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), the OWASP-recommended password hash. */
@Injectable()
export class PasswordHasher {
  /** Verified when an email is unknown, so a wrong email takes as long as a wrong password. */
  private readonly decoy = hash('followsun-decoy-password');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      await verify(await this.decoy, password);
      return false;
    }
    return verify(passwordHash, password);
  }
}

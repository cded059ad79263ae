import { EMAIL_PATTERN, MIN_PASSWORD_LENGTH, normaliseEmail, passwordProblem } from './account-rules';

describe('account rules', () => {
  it('wants passwords of at least ten characters that are not only spaces', () => {
    expect(passwordProblem('a'.repeat(MIN_PASSWORD_LENGTH - 1))).toBe('must have at least 10 characters');
    expect(passwordProblem(' '.repeat(12))).toBe('must not be only spaces');
    expect(passwordProblem('x'.repeat(201))).toBe('must have at most 200 characters');
    expect(passwordProblem('correct horse')).toBeNull();
  });

  it('finds an account by one spelling of its email', () => {
    expect(normaliseEmail('  Li.Lei@Example.COM ')).toBe('li.lei@example.com');
    expect(EMAIL_PATTERN.test('li.lei@example.com')).toBe(true);
    expect(EMAIL_PATTERN.test('li.lei@localhost')).toBe(false);
    expect(EMAIL_PATTERN.test('li lei@example.com')).toBe(false);
  });
});

import { fieldSentence } from './field-sentence.util';

describe('fieldSentence', () => {
  it('makes a fragment about the field a sentence naming it', () => {
    expect(fieldSentence('New password', 'newPassword', 'must have at least 10 characters')).toBe('New password must have at least 10 characters.');
    expect(fieldSentence('Current password', 'currentPassword', 'is not your current password')).toBe('Current password is not your current password.');
  });

  it('keeps a message that names the field itself, capitalised', () => {
    expect(fieldSentence('Email', 'email', 'email must be an e-mail address')).toBe('Email must be an e-mail address.');
  });

  it('keeps a sentence as it is', () => {
    expect(fieldSentence('Role', 'role', 'You cannot change your own role; another manager can.')).toBe('You cannot change your own role; another manager can.');
  });
});

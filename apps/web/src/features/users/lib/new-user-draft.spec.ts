import { draftToNewUser, emptyNewUserDraft } from './new-user-draft';

describe('draftToNewUser', () => {
  it('starts a new user as a viewer', () => {
    expect(emptyNewUserDraft().role).toBe('viewer');
  });

  it('trims name and email, keeps the password as typed', () => {
    expect(draftToNewUser({ name: '  Li Lei ', email: ' li.lei@example.com ', role: 'lead', password: ' spaced password ' })).toEqual({
      ok: true,
      value: { name: 'Li Lei', email: 'li.lei@example.com', role: 'lead', password: ' spaced password ' },
    });
  });

  it('names every blank field', () => {
    const result = draftToNewUser({ ...emptyNewUserDraft(), name: '   ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors)).toEqual({
      name: ['Name is required.'],
      email: ['Email is required.'],
      password: ['Initial password is required.'],
    });
  });
});

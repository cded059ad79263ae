import { PageHeader } from '../../components/ui/page-header';
import { UsersPage } from '../../features/users';

export function UsersRoute() {
  return (
    <>
      <title>Users · followsun</title>
      <PageHeader title="Users" description="Who can sign in, and what their role lets them see and change." />
      <UsersPage />
    </>
  );
}

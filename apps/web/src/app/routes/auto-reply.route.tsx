import { PageHeader } from '../../components/ui/page-header';
import { AutoReplyPage } from '../../features/auto-reply';
import { WithPlanningContext } from './planning-context';

export function AutoReplyRoute() {
  return (
    <>
      <title>Auto-reply · followsun</title>
      <PageHeader title="Auto-reply" description="When a reply can be promised for a message arriving at each hour of the buyers’ week, and ready sentences for the platform’s auto-reply." />
      <WithPlanningContext>{(context) => <AutoReplyPage marketplaces={context.marketplaces} reportingCurrency={context.reportingCurrency} />}</WithPlanningContext>
    </>
  );
}

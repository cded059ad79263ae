import type { PayBasis } from '@app/domain';

/** How the agent form names each pay basis, and what it means for the cost. */
export const PAY_BASIS_LABELS: Readonly<Record<PayBasis, { name: string; hint: string }>> = {
  salaried: { name: 'Salaried', hint: 'Contract hours are paid whether worked or not; premiums and overtime on top.' },
  hourly: { name: 'Hourly', hint: 'Every scheduled hour is paid (base rate × premium); overtime beyond the contract at the overtime rate.' },
};

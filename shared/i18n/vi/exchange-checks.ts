/** Cross-unit checks: what a committee should look at across its units' data for a period. */
export const viExchangeChecks = {
  title: 'Đối chiếu giữa các đơn vị',
};

/** The member transfer file: sending one member's record and history, receiving it as a transfer in. */
export const viExchangeTransfer = {
  title: 'Chuyển sinh hoạt đảng bằng tệp',
};

const grouping = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Whole đồng with Vietnamese digit grouping: 50000 → "50.000 đ", whatever the interface language. */
export const formatVnd = (amount: number): string => `${grouping.format(amount)} đ`;

/** The digits as typed in an amount box, grouped the Vietnamese way, without the unit: 50000 → "50.000". */
export const amountText = (amount: number): string => grouping.format(amount);

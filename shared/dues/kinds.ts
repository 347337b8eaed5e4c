/** How a member paid: on the national public-service portal (Cổng Dịch vụ công Quốc gia) or in cash to the cell. */
export const DUES_CHANNELS = ['portal', 'cash'] as const;
export type DuesChannel = (typeof DUES_CHANNELS)[number];

/**
 * What a member's dues are computed from. `salary`: the monthly wage on which social insurance is paid (or, while on
 * sick or maternity leave, the allowance the insurance pays); `pension`: the monthly pension; `student`: a pupil or
 * student without wage; `other`: a member whose dues are a fixed monthly amount set for them.
 */
export const BASIS_CATEGORIES = ['salary', 'pension', 'student', 'other'] as const;
export type BasisCategory = (typeof BASIS_CATEGORIES)[number];

/** A relief granted on application: the whole amount (exemption) or a share of it (reduction). */
export const RELIEF_KINDS = ['exemption', 'reduction'] as const;
export type ReliefKind = (typeof RELIEF_KINDS)[number];

/**
 * Why a relief was granted. The first three exempt on application under QĐ 01-QĐ/TW (social pension, poor or
 * near-poor household, serious illness); `hardship` is any other difficulty, for which an exemption or a reduction
 * may be granted.
 */
export const RELIEF_REASONS = ['social_pension', 'poor_household', 'serious_illness', 'hardship'] as const;
export type ReliefReason = (typeof RELIEF_REASONS)[number];

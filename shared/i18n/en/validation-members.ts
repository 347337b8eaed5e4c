import type { viMemberValidation } from '../vi/validation-members';

export const enMemberValidation: typeof viMemberValidation = {
  date_required: 'Enter a date (day/month/year).',
  date_invalid: 'Not a valid date: write day/month/year, e.g. 05/09/1975.',
  text_too_long: 'Too long: at most {{max}} characters.',
  full_name_required: 'Enter the full name.',
  full_name_too_long: 'The full name is too long: at most {{max}} characters.',
  gender_required: 'Choose the gender.',
  ethnicity_required: 'Choose the ethnic group.',
  religion_required: 'Choose the religion (“Không” for none).',
  citizen_id_format: 'A citizen ID number has exactly 12 digits.',
  phone_format: 'A phone number has 9 to 15 digits.',
  general_education_format: 'General education is written like 12/12 or 9/10.',
  value_unknown: 'This value is not in the list.',
  party_card_format: 'A party card number holds only digits (dots allowed), 6 to 16 characters.',
  other_unit_required: 'Enter the unit transferred to or from.',
  discipline_form_required: 'Choose the form of discipline.',
  badge_years_required: 'Choose the badge milestone (years of party age).',
  reward_title_required: 'Enter what the reward is for.',
  event_type_required: 'Choose the kind of event.',
  id_required: 'The record’s id is missing.',
  file_too_large: 'The file is too large.',
};

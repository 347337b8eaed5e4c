import {
  Button,
  createTheme,
  Input,
  Radio,
  TextInput,
  type MantineColorsTuple,
} from '@mantine/core';
import fieldClasses from './fields.module.css';

/** The deep party red, lightest to darkest; shade 6 is the button colour. Same values as styles/theme.css. */
export const partyRed: MantineColorsTuple = [
  '#fdecea',
  '#f9d3cf',
  '#f0a8a1',
  '#e67a70',
  '#d9544a',
  '#c93a30',
  '#b3261e',
  '#9c1f18',
  '#821912',
  '#66130e',
];

/** Help and error text under a field: Mantine draws it 2px smaller than the field, which would fall under 15px. */
const FIELD_NOTE_SIZE = 'var(--mantine-font-size-sm)';

/**
 * The Mantine theme. Colours, sizes and fonts reach the page through styles/theme.css (the CSP forbids the <style>
 * tag Mantine would generate from this object); what lives here is what only JavaScript can set: which palette is
 * primary, and component defaults. Fields default to size "md": 42px high with 16px text, an easy target.
 */
export const theme = createTheme({
  colors: { party: partyRed },
  primaryColor: 'party',
  primaryShade: 6,
  fontFamily: "'Be Vietnam Pro', 'Segoe UI', 'Noto Sans', sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', 'Segoe UI', 'Noto Sans', sans-serif" },
  components: {
    Button: Button.extend({ defaultProps: { size: 'md' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md' }, classNames: { input: fieldClasses.input } }),
    Radio: Radio.extend({ defaultProps: { size: 'md' } }),
    RadioGroup: Radio.Group.extend({ defaultProps: { size: 'md' } }),
    InputWrapper: Input.Wrapper.extend({
      vars: () => ({
        label: {},
        error: { '--input-error-size': FIELD_NOTE_SIZE },
        description: { '--input-description-size': FIELD_NOTE_SIZE },
      }),
    }),
  },
});

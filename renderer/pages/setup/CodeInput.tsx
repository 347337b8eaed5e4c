import { TextInput, type TextInputProps } from '@mantine/core';
import type { ChangeEvent, CompositionEvent, Ref } from 'react';

interface CodeInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A text box for a unit code that shows the code as it will be stored: in capitals, as typed. The box is rewritten in
 * place with the caret kept where it was, so typing in the middle of a code does not jump to its end. While an input
 * method is composing (Vietnamese keyboards) the text is left alone and capitalised when composition ends.
 */
export function CodeInput({ value, onChange, ...props }: CodeInputProps) {
  const capitalise = (input: HTMLInputElement) => {
    const upper = input.value.toUpperCase();
    if (upper !== input.value) {
      const { selectionStart, selectionEnd } = input;
      input.value = upper;
      input.setSelectionRange(selectionStart, selectionEnd);
    }
    onChange(upper);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if ((event.nativeEvent as InputEvent).isComposing) onChange(event.currentTarget.value);
    else capitalise(event.currentTarget);
  };

  const handleCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => capitalise(event.currentTarget);

  return (
    <TextInput
      {...props}
      value={value}
      onChange={handleChange}
      onCompositionEnd={handleCompositionEnd}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
    />
  );
}

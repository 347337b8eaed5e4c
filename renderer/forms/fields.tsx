import { NativeSelect, Textarea, TextInput, type TextInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateInput } from '../components/DateInput';

/**
 * Mantine fields bound to a react-hook-form form. Each shows the message of its own field under it, already worded by
 * the form's resolver (see useSchemaResolver). Fields are size "md" (42px, 16px text), as the theme sets for text
 * boxes: selects and text areas would otherwise be smaller than the house minimum.
 */
interface BoundProps<V extends FieldValues, O> {
  control: Control<V, unknown, O>;
  name: FieldPath<V>;
  label: string;
}

type TextFieldProps<V extends FieldValues, O> = BoundProps<V, O> & Omit<TextInputProps, 'name' | 'value' | 'onChange'>;

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

export function TextField<V extends FieldValues, O>({ control, name, ...props }: TextFieldProps<V, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput {...props} {...field} value={asText(field.value)} error={fieldState.error?.message} autoComplete="off" />
      )}
    />
  );
}

export function DateField<V extends FieldValues, O>({ control, name, ...props }: TextFieldProps<V, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput {...props} {...field} value={asText(field.value)} error={fieldState.error?.message} />
      )}
    />
  );
}

export function TextareaField<V extends FieldValues, O>({ control, name, label }: BoundProps<V, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea
          {...field}
          value={asText(field.value)}
          label={label}
          error={fieldState.error?.message}
          size="md"
          autosize
          minRows={2}
          maxRows={8}
        />
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps<V extends FieldValues, O> extends BoundProps<V, O> {
  options: Option[];
  /** The line for no choice ("Không có" for an optional value); absent when a choice is always made. */
  emptyLabel?: string;
  description?: string;
  required?: boolean;
}

/** A native drop-down: the operating system's own list, readable and familiar, and no pop-up layer to manage. */
export function SelectField<V extends FieldValues, O>({ control, name, options, emptyLabel, ...props }: SelectFieldProps<V, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NativeSelect
          {...props}
          {...field}
          value={asText(field.value)}
          error={fieldState.error?.message}
          size="md"
          data={emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options]}
        />
      )}
    />
  );
}

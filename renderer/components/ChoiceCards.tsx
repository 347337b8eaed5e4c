import { Group, Radio, Stack, Text } from '@mantine/core';
import { useId, type Ref } from 'react';
import classes from './ChoiceCards.module.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  description?: string;
  /** The language the label is written in, when it differs from the page's (a language's own name). */
  lang?: string;
}

interface ChoiceCardsProps<V extends string> {
  label: string;
  description?: string;
  error?: string;
  choices: readonly Choice<V>[];
  /** Null until something is chosen. */
  value: V | null;
  onChange: (value: V) => void;
  /** Side by side for a few short choices; one under another when each is explained. */
  direction?: 'row' | 'column';
  /** Receives the first choice, so a form can bring the user back to an unanswered question. */
  firstChoiceRef?: Ref<HTMLButtonElement>;
}

/**
 * A single choice among a few, each option a card the whole of which can be clicked: a large target, with room to say
 * what the option means. Each card is a radio named by its label alone and described by its explanation.
 *
 * Cards rather than Mantine's <Radio>: in @mantine/core 8.3.8 a <Radio> in a controlled group switches its input
 * between controlled and uncontrolled (mantine#8452), which React reports as an error on every first change.
 */
export function ChoiceCards<V extends string>({
  label,
  description,
  error,
  choices,
  value,
  onChange,
  direction = 'column',
  firstChoiceRef,
}: ChoiceCardsProps<V>) {
  const idBase = useId();
  const Layout = direction === 'row' ? Group : Stack;
  return (
    <Radio.Group
      label={label}
      description={description}
      error={error}
      value={value}
      onChange={(chosen) => {
        const choice = choices.find((candidate) => candidate.value === chosen);
        // Clicking the card already chosen changes nothing, as with a native radio button.
        if (choice && choice.value !== value) onChange(choice.value);
      }}
    >
      <Layout gap="sm" mt="xs" className={classes.choices} data-direction={direction}>
        {choices.map((choice, index) => {
          const descriptionId = choice.description ? `${idBase}-${choice.value}` : undefined;
          return (
            <Radio.Card
              key={choice.value}
              ref={index === 0 ? firstChoiceRef : undefined}
              value={choice.value}
              aria-label={choice.label}
              aria-describedby={descriptionId}
              className={classes.card}
            >
              <Group wrap="nowrap" align="flex-start" gap="md">
                <Radio.Indicator size="md" className={classes.indicator} />
                <div>
                  <Text fw={500} lang={choice.lang}>
                    {choice.label}
                  </Text>
                  {choice.description && (
                    <Text id={descriptionId} c="dimmed">
                      {choice.description}
                    </Text>
                  )}
                </div>
              </Group>
            </Radio.Card>
          );
        })}
      </Layout>
    </Radio.Group>
  );
}

import { Button, Group, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import classes from './ConfirmDialog.module.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/**
 * Asks before something that cannot be undone. A native modal <dialog>: the browser traps focus in it, closes it on
 * Escape and greys the page behind, without the <style> tag Mantine's Modal would write (the CSP refuses it). The
 * focus starts on the safe answer, so pressing Enter by habit deletes nothing.
 */
export function ConfirmDialog({ open, title, text, confirmLabel, cancelLabel, onConfirm, onCancel, busy }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={classes.dialog}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        // Escape: the page's state decides when the dialog closes, as for the buttons.
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <Title order={2} size="h3" id={titleId} mb="sm">
            {title}
          </Title>
          <Text id={textId} mb="lg">
            {text}
          </Text>
          <Group gap="md">
            <Button ref={cancel} variant="default" onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button color="party" onClick={onConfirm} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </>
      )}
    </dialog>
  );
}

import { useRef, useState } from 'react';

/**
 * A view that turns into its editor in place: `open` from the edit button (give it `editButton`
 * as its ref), `close` on cancel or after a save — which runs `onClose` (e.g. the mutation's reset,
 * so an old error is not shown next time) and gives the focus back to the edit button once it is
 * rendered again, so keyboard users stay where they were.
 */
export function useInlineEditor(onClose?: () => void) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  return {
    editing,
    editButton,
    open: () => setEditing(true),
    close: () => {
      setEditing(false);
      onClose?.();
      requestAnimationFrame(() => editButton.current?.focus());
    },
  };
}

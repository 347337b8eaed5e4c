import { useParams } from 'react-router';

/** The member's id in the address (/members/:id…); null when it is not one (a mistyped or stale link). */
export function useMemberIdParam(): number | null {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

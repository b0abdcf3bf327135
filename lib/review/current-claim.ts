/**
 * The one piece of workbench state that says which claim is current and whether its panel is open.
 * The list highlight, the article highlight, the panel, the focus (roving tabindex) and every key read
 * it; nothing keeps a copy. `focus` says where the keyboard focus must go after this change, and
 * `seq` changes with every change that asks for it, so the workbench moves the focus exactly once.
 */
export type CurrentClaim = {
  id: string | null;
  /** The reviewer opened the claim (Enter, o, a click): the panel is theirs to type in. */
  open: boolean;
  focus: 'row' | 'panel' | null;
  seq: number;
};

/** What the reducer needs to know about a claim: where it is and whether it still needs a review. */
export type Placed = { id: string; start: number; end: number; status: string };

export type CurrentAction =
  /** A click on a row or a highlight, a claim just added, a link: that claim becomes current. */
  | { type: 'select'; id: string; open?: boolean; focus?: 'row' | 'panel' | null }
  /** j/k: the next or previous claim of the list shown (`shown`), `all` to continue from a claim filtered out. */
  | { type: 'move'; delta: 1 | -1; shown: Placed[]; all: Placed[] }
  /** n: the next claim of the list shown that nobody reviewed yet. */
  | { type: 'nextUnreviewed'; shown: Placed[] }
  /** Enter/o: open the current claim (never another one). */
  | { type: 'open' }
  /** Esc from the panel: back to the current claim's row. */
  | { type: 'leave' }
  /** The claim was deleted (here or elsewhere). */
  | { type: 'removed'; id: string };

const byPosition = (a: Placed, b: Placed) => a.start - b.start || a.end - b.end;

export function initialCurrent(id: string | null): CurrentClaim {
  return { id, open: false, focus: null, seq: 0 };
}

function moveTarget(state: CurrentClaim, delta: 1 | -1, shown: Placed[], all: Placed[]): Placed | undefined {
  const index = shown.findIndex((c) => c.id === state.id);
  if (index >= 0) return shown[Math.min(shown.length - 1, Math.max(0, index + delta))];
  // The current claim is filtered out (e.g. just dismissed): continue from its place in the text.
  const current = all.find((c) => c.id === state.id);
  const after = current ? shown.findIndex((c) => byPosition(c, current) > 0) : 0;
  return delta > 0 ? shown[after < 0 ? shown.length - 1 : after] : shown[Math.max(0, (after < 0 ? shown.length : after) - 1)];
}

const isUnreviewed = (c: Placed) => c.status === 'open' || c.status === 'in_progress';

export function currentClaimReducer(state: CurrentClaim, action: CurrentAction): CurrentClaim {
  switch (action.type) {
    case 'select':
      return { id: action.id, open: action.open ?? true, focus: action.focus ?? null, seq: state.seq + 1 };
    case 'move': {
      const target = moveTarget(state, action.delta, action.shown, action.all);
      if (!target) return state;
      return { id: target.id, open: false, focus: 'row', seq: state.seq + 1 };
    }
    case 'nextUnreviewed': {
      const index = action.shown.findIndex((c) => c.id === state.id);
      const next = [...action.shown.slice(index + 1), ...action.shown.slice(0, index + 1)].find(isUnreviewed);
      if (!next) return state;
      return { id: next.id, open: false, focus: 'row', seq: state.seq + 1 };
    }
    case 'open':
      if (!state.id) return state;
      return { ...state, open: true, focus: 'panel', seq: state.seq + 1 };
    case 'leave':
      if (!state.id) return state;
      return { ...state, open: false, focus: 'row', seq: state.seq + 1 };
    case 'removed':
      if (state.id !== action.id) return state;
      return { id: null, open: false, focus: null, seq: state.seq + 1 };
  }
}

/** Whether `n` would find a claim to go to (the reducer leaves the state unchanged when not). */
export function hasUnreviewed(shown: Placed[]): boolean {
  return shown.some(isUnreviewed);
}

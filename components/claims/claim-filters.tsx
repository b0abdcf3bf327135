'use client';
import type { ClaimFilters } from '@/lib/review/claim-filters';
import { activeFilterCount, DEFAULT_FILTERS } from '@/lib/review/claim-filters';
import type { VerdictDto } from '@/lib/services/dto';
import { CLAIM_TYPE_VALUES } from '@/lib/validation/claim';
import { TYPE_LABEL } from './claim-labels';
import { LabelledSelect, peopleOptions, statusOptions, verdictOptions } from '@/components/ui/labelled-select';

const TYPE_OPTIONS = [{ value: '', label: 'Any type' }, ...CLAIM_TYPE_VALUES.map((t) => ({ value: t, label: TYPE_LABEL[t] }))];
const MIN_SCORE_OPTIONS = [
  { value: '0', label: 'Any score' },
  ...['0.25', '0.5', '0.75', '0.9'].map((v) => ({ value: v, label: `At least ${v}` })),
];
const SOURCE_OPTIONS = [
  { value: '', label: 'With or without' },
  { value: 'yes', label: 'Has sources' },
  { value: 'no', label: 'No sources yet' },
];
const SORT_OPTIONS = [
  { value: 'position', label: 'Position in article' },
  { value: 'checkworthiness', label: 'Check-worthiness' },
  { value: 'status', label: 'Status' },
];

type Props = {
  filters: ClaimFilters;
  onChange: (f: ClaimFilters) => void;
  verdicts: VerdictDto[];
  assignees: { id: string; name: string }[];
  me: { id: string };
  shown: number;
  total: number;
};

/** The claims list's filters and sort; the workbench keeps them in the URL. */
export function ClaimFiltersForm({ filters, onChange, verdicts, assignees, me, shown, total }: Props) {
  const set = <K extends keyof ClaimFilters>(key: K, value: ClaimFilters[K]) => onChange({ ...filters, [key]: value });
  const active = activeFilterCount(filters);
  return (
    <form role="search" aria-label="Filter claims" className="stack" onSubmit={(e) => e.preventDefault()}>
      <div className="claim-filters">
        <LabelledSelect id="filter-status" label="Status" value={filters.status} onChange={(e) => set('status', e.target.value as ClaimFilters['status'])} options={statusOptions()} />
        <LabelledSelect id="filter-verdict" label="Verdict" value={filters.verdict} onChange={(e) => set('verdict', e.target.value)} options={verdictOptions(verdicts)} />
        <LabelledSelect
          id="filter-assignee"
          label="Assignee"
          value={filters.assignee}
          onChange={(e) => set('assignee', e.target.value)}
          options={[{ value: '', label: 'Anyone' }, { value: 'none', label: 'Unassigned' }, { value: me.id, label: 'Me' }, ...peopleOptions(assignees, me.id)]}
        />
        <LabelledSelect id="filter-type" label="Claim type" value={filters.type} onChange={(e) => set('type', e.target.value)} options={TYPE_OPTIONS} />
        <LabelledSelect id="filter-min" label="Check-worthiness" value={String(filters.minScore)} onChange={(e) => set('minScore', Number(e.target.value))} options={MIN_SCORE_OPTIONS} />
        <LabelledSelect id="filter-sources" label="Sources" value={filters.sources} onChange={(e) => set('sources', e.target.value as ClaimFilters['sources'])} options={SOURCE_OPTIONS} />
        <LabelledSelect id="filter-sort" label="Sort by" value={filters.sort} onChange={(e) => set('sort', e.target.value as ClaimFilters['sort'])} options={SORT_OPTIONS} />
        <div>
          <label className="check">
            <input type="checkbox" checked={filters.dismissed} onChange={(e) => set('dismissed', e.target.checked)} />
            Show dismissed
          </label>
        </div>
        <div>
          <label className="check">
            <input type="checkbox" checked={filters.checked} onChange={(e) => set('checked', e.target.checked)} />
            Checked before
          </label>
        </div>
      </div>
      <div className="row small">
        <span className="muted grow" aria-live="polite" data-testid="filter-summary">
          Showing {shown} of {total} claims{active ? ` · ${active} filter${active === 1 ? '' : 's'} on` : ''}
        </span>
        {active > 0 && (
          <button type="button" className="btn" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort })}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}

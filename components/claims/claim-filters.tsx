'use client';
import type { ClaimFilters } from '@/lib/review/claim-filters';
import { activeFilterCount, DEFAULT_FILTERS } from '@/lib/review/claim-filters';
import type { VerdictDto } from '@/lib/services/dto';
import { CLAIM_TYPE_VALUES } from '@/lib/validation/claim';
import { TYPE_LABEL } from './claim-labels';

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
        <div>
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={filters.status} onChange={(e) => set('status', e.target.value as ClaimFilters['status'])}>
            <option value="">Any status</option>
            <option value="open">Open</option>
            <option value="in_progress">In progress</option>
            <option value="needs_review">Needs second review</option>
            <option value="approved">Approved</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-verdict">Verdict</label>
          <select id="filter-verdict" value={filters.verdict} onChange={(e) => set('verdict', e.target.value)}>
            <option value="">Any verdict</option>
            <option value="none">No verdict yet</option>
            {verdicts.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-assignee">Assignee</label>
          <select id="filter-assignee" value={filters.assignee} onChange={(e) => set('assignee', e.target.value)}>
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            <option value={me.id}>Me</option>
            {assignees
              .filter((a) => a.id !== me.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type">Claim type</label>
          <select id="filter-type" value={filters.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">Any type</option>
            {CLAIM_TYPE_VALUES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-min">Check-worthiness</label>
          <select id="filter-min" value={String(filters.minScore)} onChange={(e) => set('minScore', Number(e.target.value))}>
            <option value="0">Any score</option>
            <option value="0.25">At least 0.25</option>
            <option value="0.5">At least 0.5</option>
            <option value="0.75">At least 0.75</option>
            <option value="0.9">At least 0.9</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-sources">Sources</label>
          <select id="filter-sources" value={filters.sources} onChange={(e) => set('sources', e.target.value as ClaimFilters['sources'])}>
            <option value="">With or without</option>
            <option value="yes">Has sources</option>
            <option value="no">No sources yet</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" value={filters.sort} onChange={(e) => set('sort', e.target.value as ClaimFilters['sort'])}>
            <option value="position">Position in article</option>
            <option value="checkworthiness">Check-worthiness</option>
            <option value="status">Status</option>
          </select>
        </div>
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

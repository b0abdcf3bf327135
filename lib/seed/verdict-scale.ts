/** The default verdict scale (AAP-style); admins may edit it. ratingValue 5 is most true. */
export const DEFAULT_VERDICTS = [
  { label: 'True', colour: '#1a7f37', order: 1, ratingValue: 5, description: 'The claim is accurate and nothing significant is missing.' },
  { label: 'Mostly true', colour: '#4c9a2a', order: 2, ratingValue: 4, description: 'Accurate, but needs clarification or extra information.' },
  { label: 'Half true', colour: '#b58900', order: 3, ratingValue: 3, description: 'Partly accurate, but leaves out important details or takes things out of context.' },
  { label: 'Mostly false', colour: '#d9730d', order: 4, ratingValue: 2, description: 'Contains an element of truth but ignores critical facts.' },
  { label: 'False', colour: '#c62828', order: 5, ratingValue: 1, description: 'The claim is not accurate.' },
  { label: 'Misleading', colour: '#8e44ad', order: 6, ratingValue: null, description: 'Accurate in parts but presented in a way that creates a false impression.' },
  { label: 'Unproven', colour: '#607d8b', order: 7, ratingValue: null, description: 'There is not enough evidence to support or refute the claim.' },
] as const;

export const DEMO_USERS = [
  { email: 'admin@claimdesk.local', name: 'Ada Admin', role: 'admin' },
  { email: 'editor@claimdesk.local', name: 'Eddie Editor', role: 'editor' },
  { email: 'reviewer@claimdesk.local', name: 'Rita Reviewer', role: 'reviewer' },
] as const;

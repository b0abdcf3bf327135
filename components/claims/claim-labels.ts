/** Display names of the claim types (Full Fact's taxonomy plus quotes). */
export const TYPE_LABEL: Record<string, string> = {
  quantity: 'Quantity',
  prediction: 'Prediction',
  causation: 'Correlation / causation',
  law: 'Law or rule',
  personal: 'Personal experience',
  quote: 'Quote',
  other: 'Other factual claim',
  not_claim: 'Not a claim',
};

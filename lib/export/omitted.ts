/** The sentence that tells why claims are missing from a ClaimReview export (UI, command line). */
export function omittedMessage(count: number): string {
  const claims = count === 1 ? '1 claim was' : `${count} claims were`;
  return `${claims} left out of ClaimReview: no public fact-check URL. Set the URL pattern in Settings › Organisation, or give the claim its public URL in its panel.`;
}

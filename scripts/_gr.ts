import { extractClaims } from '../lib/claims';
import { GOLDEN_RULES } from '../lib/claims/testdata/golden-rules';
let ok = 0;
for (const r of GOLDEN_RULES) {
  const got = extractClaims(r.text).map((u) => u.text);
  if (JSON.stringify(got) === JSON.stringify(r.units)) ok++;
  else console.log(JSON.stringify(r.text), '\n   got', JSON.stringify(got));
}
console.log(ok, '/', GOLDEN_RULES.length);

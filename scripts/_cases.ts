import { extractClaims } from '../lib/claims';
const NASA = `NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles
Wednesday, April 13, 2011
Looking back: Space Shuttle Columbia lifts off from Kennedy Space Center on April 12, 1981.
Image: NASA.
On Tuesday, NASA marked thirty years since the first launch of the Space Shuttle and announced where the remaining orbiters will be displayed after the program ends later this year. Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles.
Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.
NASA Administrator Charles Bolden speaks at the ceremony in Florida.
Image: NASA/Bill Ingalls.
"We want to thank everyone who worked so hard on this program," Bolden said at the ceremony. Discovery will go to the Smithsonian.
"We want to thank everyone who worked so hard on this program."
Charles Bolden, NASA Administrator
Sources
`;
const WIRE = `Kennedy Signs Health Bill
Washington, July 24
-- President Kennedy today signed the bill into law at a brief ceremony in the White House. The plan does not cover doctor bills. "This is not a program of socialized medicine," he said.
Salinger said the President would speak again on Friday.
`;
const EMAIL = `Hi all,

The committee met on Tuesday and agreed to move the vote to
March 3. The budget was cut by 4% after a long debate, and the
chair said the cut was final.

Thanks,
Jane Doe
Treasurer, Springfield Library Board
jane.doe@example.org
`;
const MD = `# Council budget

The council approved the budget on Monday. It cuts spending by
2% and raises fees for parking permits.

1) The first item. 2) The second item.

- Parks: cut by 5%
- Roads: unchanged
`;
for (const t of [NASA, WIRE, EMAIL, MD]) console.log(JSON.stringify(extractClaims(t).map((u) => [u.kind[0], u.duplicateOf ?? '', u.text]), null, 0).replace(/\],\[/g, '],\n['));

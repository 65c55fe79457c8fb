// The actions of the save benchmarks' big drafts (bench-save.mjs in the browser, bench-save-node.mts in Node).

/** Action number `index` (from 0), as a user might have written it; every text field filled. */
export function benchAction(index) {
  return {
    uid: `action-${index}`,
    title: `Actie ${index + 1}: loopbaangesprekken voor ploeg ${index % 12}`,
    description: 'Een gesprek van een uur met elke medewerker over werkbaar werk en groeikansen. '.repeat(3),
    lever: 'employability',
    partners: 'Preventieadviseur, leidinggevenden',
    start: '2027-01',
    end: '2027-12',
    budget: 1250.5,
    expectedResult: 'Elke medewerker heeft een afspraak op papier.',
    status: 'planned',
  };
}

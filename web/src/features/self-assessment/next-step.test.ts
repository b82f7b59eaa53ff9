import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step';

const done = { submittedAt: '2024-03-15T10:00:00.000Z' };
const scoring = { submittedAt: null };

describe('nextStep', () => {
  it('leads a round with an empty group to inviting people, not to the consensus', () => {
    expect(nextStep({ status: 'scoring', leads: true, members: [] })).toBe('invite');
  });

  it('waits while anyone is still scoring and opens the consensus once everyone submitted', () => {
    expect(nextStep({ status: 'scoring', leads: true, members: [done, scoring] })).toBe('await-scores');
    expect(nextStep({ status: 'scoring', leads: true, members: [done, done] })).toBe('open-consensus');
  });

  it('runs an open consensus, shows a closed round’s results, and leads nothing for others', () => {
    expect(nextStep({ status: 'consensus', leads: true, members: [done] })).toBe('run-consensus');
    expect(nextStep({ status: 'closed', leads: false, members: [done] })).toBe('results');
    expect(nextStep({ status: 'scoring', leads: false, members: [] })).toBeNull();
    expect(nextStep({ status: 'consensus', leads: false, members: [done] })).toBeNull();
  });
});

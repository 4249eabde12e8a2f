// @vitest-environment node
import type { CDPSession } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { CPU_SLOWDOWN, emulatePhone, isNetwork } from '../../../scripts/bench/phone';

/** A CDP session that records what it is sent. */
function recorder() {
  const sent: [string, unknown][] = [];
  const cdp = { send: (method: string, params?: unknown) => (sent.push([method, params]), Promise.resolve({})) };
  return { sent, cdp: cdp as unknown as CDPSession };
}

describe('the phone every bench load runs on', () => {
  it('slows the CPU and leaves the network alone by default: the targets are set on that', async () => {
    const { sent, cdp } = recorder();
    await emulatePhone(cdp, 'none');
    expect(sent).toEqual([['Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN }]]);
  });

  it('over 4g, also delays and narrows the network', async () => {
    const { sent, cdp } = recorder();
    await emulatePhone(cdp, '4g');
    expect(sent.map(([method]) => method)).toEqual([
      'Emulation.setCPUThrottlingRate',
      'Network.enable',
      'Network.emulateNetworkConditions',
    ]);
    expect(sent[2]?.[1]).toEqual({
      offline: false,
      latency: 150,
      downloadThroughput: 1_125_000,
      uploadThroughput: 187_500,
    });
  });

  it('knows only the networks it offers', () => {
    expect(isNetwork('4g')).toBe(true);
    expect(isNetwork('3g')).toBe(false);
    expect(isNetwork('toString')).toBe(false);
  });
});

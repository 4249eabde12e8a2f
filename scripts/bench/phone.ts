import type { CDPSession } from '@playwright/test';

/** How much slower than this machine's CPU every load runs: a mid-range phone's. */
export const CPU_SLOWDOWN = 4;

/**
 * The networks a load can run over (`--network`). `none`: the bench's own server at full speed, which the targets are
 * set on; `4g`: a phone's mobile connection (150 ms round trip, 9 Mbit/s down, 1.5 up), where what waits for the
 * network (a download asked for late, work that could have run while bytes arrived) shows.
 */
export const NETWORKS = {
  none: null,
  '4g': { latency: 150, downloadThroughput: 9_000_000 / 8, uploadThroughput: 1_500_000 / 8 },
} as const;
export type Network = keyof typeof NETWORKS;

export const isNetwork = (name: string): name is Network => Object.hasOwn(NETWORKS, name);

/** Slows the page's CPU, and its network where one is asked for. */
export async function emulatePhone(cdp: CDPSession, network: Network): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const conditions = NETWORKS[network];
  if (conditions === null) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
}

/** Provider ids without their code, for UIs that only list them (keeps adapters out of the options bundle). */
import type { ProviderId } from './provider.ts';

export const providerIds: readonly ProviderId[] = ['itoolabs'];

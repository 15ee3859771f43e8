// UI strings of the future being computed in slices (spread into en.ts).
export const computeEn = {
  computingFuture: 'Computing the future… {events} events, t = {time}',
  computingCancel: 'Cancel',
  computingCancelTitle: 'Stop computing: keep the frames computed so far, as when a limit is reached',
  computeCancelled: 'Computing stopped at t = {time}: what was computed is kept, later events were not computed. Act again or Reset to compute anew.',
};

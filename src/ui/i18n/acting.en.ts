// Acting in the past of a big cluster: the history up to the playhead is computed again (in slices) before the action.
export const actingEn = {
  actingPast: 'Computing the history up to t = {time} for the action…',
  actCancelled: 'Cancelled: “{command}” was not carried out.',
};

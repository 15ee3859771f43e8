// Issue "The sandbox end to end", step 3: scrubbing the timeline shows exactly the earlier cluster, and returns.
import { expect, shot, test } from '../pages/fixtures';
import type { GraphState } from '../pages/Graph';

test.slow(); // long journeys on 2 shared cores

test('scrubbing back restores the earlier graph exactly; End and the arrow keys move one event at a time', async ({ page, editor, graph, timeline }) => {
  await editor.apply();
  await timeline.pause();
  const end = await timeline.runToEnd();
  await expect(timeline.slider).toHaveValue(String(end));
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '3/3');
  const atEnd = await graph.settledState();

  // Walk forward from the start with ArrowRight, one event per key press, until web-0 is ContainerCreating.
  await timeline.press('Home', end !== 0);
  await expect(timeline.slider).toHaveValue('0');
  const frames: { ms: number; state: GraphState }[] = [];
  for (let i = 0; i < 40; i++) {
    const ms = await timeline.press('ArrowRight');
    expect(ms, 'each step moves forward in time').toBeGreaterThan(frames.at(-1)?.ms ?? 0);
    frames.push({ ms, state: await graph.settledState() });
    if (frames.at(-1)!.state['Pod/web-0'] === 'ContainerCreating') break;
  }
  const creating = frames.at(-1)!;
  expect(creating.state['Pod/web-0'], 'reached web-0 ContainerCreating by stepping').toBe('ContainerCreating');
  expect(creating.state['Pod/web-1'], 'no web-1 yet').toBeUndefined();
  expect(creating.state['PersistentVolumeClaim/www-web-0']).toBe('Bound');
  expect(frames.length, 'several events before web-0 starts creating').toBeGreaterThan(2);
  await shot(page, '04-scrubbed-back');

  // End restores the settled cluster.
  await timeline.press('End');
  await expect(timeline.slider).toHaveValue(String(end));
  await expect.poll(() => graph.state()).toEqual(atEnd);

  // Dragging the slider back to that moment shows the same graph as stepping did.
  await timeline.dragTo(creating.ms);
  await expect.poll(() => graph.state()).toEqual(creating.state);
  await expect(graph.pod('web-1')).toHaveCount(0);

  // ArrowLeft goes to the previous event's time, ArrowRight to the next one.
  const previous = frames.at(-2)!;
  expect(await timeline.press('ArrowLeft')).toBe(previous.ms);
  await expect.poll(() => graph.state()).toEqual(previous.state);
  expect(await timeline.press('ArrowRight')).toBe(creating.ms);
  await expect.poll(() => graph.state()).toEqual(creating.state);

  // The Step back / Step forward buttons do the same.
  await timeline.stepBackButton.click();
  await expect(timeline.slider).toHaveValue(String(previous.ms));
  await timeline.stepForwardButton.click();
  await expect(timeline.slider).toHaveValue(String(creating.ms));

  // Nothing was lost by looking at the past: the live edge is still the end.
  expect(await timeline.max()).toBe(end);
  await timeline.dragTo(end);
  await expect.poll(() => graph.state()).toEqual(atEnd);
});

// Where the open lesson is, for share links. Lessons register how to read and open their place with
// setLessonHooks(); until then the place is read from and written to the URL (`?lesson=<id>&step=<n>`,
// the lesson contract of DESIGN.md). Tiny on purpose: it sits in the main bundle, the share code does not.
export interface LessonPlace {
  readonly id: string;
  readonly page: number;
}

function fromUrl(): LessonPlace | undefined {
  if (typeof location === 'undefined') return undefined;
  const q = new URLSearchParams(location.search);
  const id = q.get('lesson');
  if (!id || !/^[a-z0-9-]{1,100}$/.test(id)) return undefined;
  const page = Number(q.get('step') ?? '1');
  return { id, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

function toUrl(place: LessonPlace): void {
  const url = new URL(location.href);
  url.searchParams.set('lesson', place.id);
  url.searchParams.set('step', String(place.page));
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

let hooks: { current: () => LessonPlace | undefined; open: (place: LessonPlace) => void } = { current: fromUrl, open: toUrl };

export function setLessonHooks(h: typeof hooks): void {
  hooks = h;
}
export const currentLesson = (): LessonPlace | undefined => hooks.current();
export const openLesson = (place: LessonPlace): void => hooks.open(place);

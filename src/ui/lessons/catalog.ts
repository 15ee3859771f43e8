// Every lesson of the repository's lessons/ folder, bundled into the site (a lazy chunk: loadCatalog()).
// `podium check` keeps them valid in CI; a file that does not parse here is left out with a console error.
import { parseScenario } from '../../scenario';
import { lessonOf, type Lesson } from './model';

const files = import.meta.glob('../../../lessons/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const LESSONS: readonly Lesson[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([path, text]) => {
    const file = `lessons/${path.split('/').pop() ?? path}`;
    const parsed = parseScenario(text, file);
    if (!parsed.ok) {
      console.error(`${file}: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
      return [];
    }
    const lesson = lessonOf(parsed.scenario);
    return lesson ? [lesson] : [];
  });

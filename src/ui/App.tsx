// The page: header, editor + problems (left), graph (right), timeline bar, then events and console side by side.
import { Header } from './Header';
import { Notices } from './Notices';
import { EditorPane } from './editor/EditorPane';
import { GraphView } from './graph/GraphView';
import { TimelineBar } from './timeline/TimelineBar';
import { EventList } from './events/EventList';
import { Console } from './console/Console';

export function App() {
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="workspace">
        <EditorPane />
        <GraphView />
      </main>
      <TimelineBar />
      <div className="bottom">
        <EventList />
        <Console />
      </div>
    </div>
  );
}

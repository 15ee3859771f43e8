// Lesson narration: Markdown read by `marked`'s lexer and rendered as React elements (never as HTML: raw HTML
// in the text shows as text). Inline code that is a kubectl command becomes a button that runs it in the
// console; a code block holding a manifest gets a button that loads it into the editor.
import { Fragment, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';
import { t } from '../i18n';

export interface MarkdownActions {
  runCommand(command: string): void;
  loadManifest(text: string): void;
}

const isCommand = (text: string) => /^kubectl\s+\S/.test(text.trim()) && !text.includes('<');
const isManifest = (lang: string | undefined, text: string) => lang === 'yaml' || /^\s*apiVersion:/m.test(text);
/** Only web links open; anything else (javascript:, data:) stays plain text. */
const safeHref = (href: string) => (/^https?:\/\//i.test(href) ? href : undefined);

export function Markdown({ text, actions }: { text: string; actions: MarkdownActions }) {
  const tokens = new Lexer({ gfm: true }).lex(text);
  return <div className="markdown">{blocks(tokens, actions)}</div>;
}

function blocks(tokens: readonly Token[], a: MarkdownActions): ReactNode[] {
  return tokens.map((tok, i) => <Fragment key={i}>{block(tok, a)}</Fragment>);
}

function block(tok: Token, a: MarkdownActions): ReactNode {
  switch (tok.type) {
    case 'paragraph':
      return <p>{inline((tok as Tokens.Paragraph).tokens, a)}</p>;
    case 'heading': {
      const h = tok as Tokens.Heading;
      return h.depth <= 3 ? <h3>{inline(h.tokens, a)}</h3> : <h4>{inline(h.tokens, a)}</h4>;
    }
    case 'code': {
      const c = tok as Tokens.Code;
      return (
        <div className="md-code">
          <pre><code>{c.text}</code></pre>
          {isManifest(c.lang, c.text) && <button type="button" className="small" onClick={() => a.loadManifest(c.text + '\n')}>{t('lessonLoadManifest')}</button>}
          {!isManifest(c.lang, c.text) && isCommand(c.text) && !c.text.includes('\n') && (
            <button type="button" className="small" onClick={() => a.runCommand(c.text.trim())}>{t('lessonRun')}</button>
          )}
        </div>
      );
    }
    case 'list': {
      const l = tok as Tokens.List;
      const items = l.items.map((item, i) => <li key={i}>{blocks(item.tokens, a)}</li>);
      return l.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'blockquote':
      return <blockquote>{blocks((tok as Tokens.Blockquote).tokens, a)}</blockquote>;
    case 'table': {
      const tb = tok as Tokens.Table;
      return (
        <table>
          <thead><tr>{tb.header.map((c, i) => <th key={i}>{inline(c.tokens, a)}</th>)}</tr></thead>
          <tbody>{tb.rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j}>{inline(c.tokens, a)}</td>)}</tr>)}</tbody>
        </table>
      );
    }
    case 'hr':
      return <hr />;
    case 'space':
      return null;
    case 'text': {
      const x = tok as Tokens.Text;
      return <p>{x.tokens ? inline(x.tokens, a) : x.text}</p>;
    }
    default:
      return <p>{tok.raw}</p>; // html and anything unknown: shown as text
  }
}

function inline(tokens: readonly Token[] | undefined, a: MarkdownActions): ReactNode[] {
  return (tokens ?? []).map((tok, i) => <Fragment key={i}>{span(tok, a)}</Fragment>);
}

function span(tok: Token, a: MarkdownActions): ReactNode {
  switch (tok.type) {
    case 'text': {
      const x = tok as Tokens.Text;
      return x.tokens ? inline(x.tokens, a) : unescape(x.text);
    }
    case 'escape':
      return (tok as Tokens.Escape).text;
    case 'strong':
      return <strong>{inline((tok as Tokens.Strong).tokens, a)}</strong>;
    case 'em':
      return <em>{inline((tok as Tokens.Em).tokens, a)}</em>;
    case 'del':
      return <del>{inline((tok as Tokens.Del).tokens, a)}</del>;
    case 'codespan': {
      const text = unescape((tok as Tokens.Codespan).text);
      if (!isCommand(text)) return <code>{text}</code>;
      return (
        <button type="button" className="md-command" title={t('lessonRunCommand', { command: text })} aria-label={t('lessonRunCommand', { command: text })}
          onClick={() => a.runCommand(text)}>
          <code>{text}</code>
        </button>
      );
    }
    case 'link': {
      const l = tok as Tokens.Link;
      const href = safeHref(l.href);
      return href ? <a href={href} target="_blank" rel="noreferrer noopener">{inline(l.tokens, a)}</a> : inline(l.tokens, a);
    }
    case 'br':
      return <br />;
    default:
      return tok.raw; // inline html, images: as text
  }
}

/** marked escapes &, <, >, " and ' in text and code; React escapes again, so undo marked's. */
function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

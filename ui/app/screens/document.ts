// Document viewer: one page's text (`documentPage`) with the entities extraction recognised on it
// highlighted and linked to their profiles.
import { h } from '../dom';
import { t } from '../i18n';
import { gql } from '../api';
import { href, type Params } from '../router';
import { REF, SOURCE, entityLink, kindLabel, loading, sourcesList, type EntityRef, type Source } from '../widgets';
import { KIND_COLOURS } from './networkStyle';

type Mention = { entity: EntityRef; start: number; end: number; text: string | null };
type Page = { document: EntityRef; page: number; pages: number; text: string; mentions: Mention[]; sources: Source[] };
const QUERY = `query D($id: ID!, $page: Int!) { documentPage(document: $id, page: $page) { document { ${REF} } page pages text
  mentions { entity { ${REF} } start end text } sources { ${SOURCE} } } }`;

export async function documentScreen(root: HTMLElement, params: Params): Promise<void> {
  const id = params.path[1];
  const pageNo = Number(params.path[2] ?? 1);
  const status = loading();
  root.append(status);
  const { documentPage: p } = await gql<{ documentPage: Page | null }>(QUERY, { id, page: pageNo });
  status.remove();
  if (!p) {
    root.append(h('h1', null, t('notFound', { id: `${id} p${pageNo}` })));
    return;
  }
  const mentions = [...new Map(p.mentions.map((m) => [m.entity.spoorId, m.entity])).values()];
  root.append(
    h('h1', null, p.document.caption),
    h('nav', { class: 'pager', 'aria-label': t('page') },
      p.page > 1 ? h('a', { href: href(['document', id, p.page - 1]) }, t('previous')) : null,
      h('span', { 'data-testid': 'page-number' }, `${t('page')} ${p.page} ${t('ofPages', { n: p.pages })}`),
      p.page < p.pages ? h('a', { href: href(['document', id, p.page + 1]) }, t('next')) : null),
    h('div', { class: 'columns doc' },
      h('pre', { class: 'page-text', 'data-testid': 'page-text', tabindex: 0 }, highlighted(p.text, p.mentions)),
      h('aside', { class: 'side' }, h('h2', null, t('mentions')),
        h('ul', { class: 'mentions' }, mentions.map((e) => h('li', null, entityLink(e), ' ', h('span', { class: 'badge' }, kindLabel(e.kind))))),
        h('h2', null, t('sources')), sourcesList(p.sources))));
}

/** The page text with each mention as a link to its entity; overlapping mentions keep the first. */
function highlighted(text: string, mentions: Mention[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    out.push(text.slice(at, m.start));
    out.push(h('a', { href: href(['entity', m.entity.spoorId]), class: 'mention', title: `${kindLabel(m.entity.kind)}: ${m.entity.caption}`,
      style: `border-bottom-color:${KIND_COLOURS[m.entity.kind] ?? '#444'}`, 'data-entity': m.entity.spoorId }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

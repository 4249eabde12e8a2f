import { FileDrop } from '../FileDrop';
import type { ReactNode } from 'react';
import { contactLink, type LoggedCorrection, type SourceUse, type WorkedExample } from '../../lib/method';
import type { UrlState } from '../../lib/urlState';
import { ViewLink } from '../ui/ViewLink';
import { Codebook, type SectionProps } from './Codebook';
import { Corrections, Sources } from './Record';
import type { MethodText } from '../../i18n/method/types';
import { Verdicts } from './Verdicts';

export interface MethodPageProps extends SectionProps {
  example: WorkedExample | null;
  sources: SourceUse[];
  corrections: LoggedCorrection[];
  /** The dataset as loaded, and the name to save it under. */
  download: { href: string; name: string };
  schemaHref: string;
  /** Where "Back to the dashboard" leads. */
  back: UrlState;
}

const SECTIONS = ['codebook', 'verdicts', 'sources', 'corrections', 'report', 'download'] as const;
type Section = (typeof SECTIONS)[number];
const anchor = (s: Section) => `method-${s}`;

function Part({ id, text, children }: { id: Section; text: MethodText; children: ReactNode }) {
  return (
    <section className="method-section" aria-labelledby={anchor(id)}>
      <h2 id={anchor(id)}>{text.headings[id]}</h2>
      {children}
    </section>
  );
}

/** The methodology page: a long read in six parts, each computed from the dataset it describes. */
export function MethodPage(props: MethodPageProps) {
  const { text, i18n, index, example, sources, corrections, download, schemaHref, back } = props;
  const { fmt } = i18n;
  const { dataset } = index;
  const contact = contactLink(dataset.meta.contact);
  const section = { text, i18n, index };
  return (
    <article className="method">
      <div className="method-intro">
        <p className="method-back">
          <ViewLink to={back}>
            <span aria-hidden="true">← </span>
            {text.back}
          </ViewLink>
        </p>
        <p className="eyebrow">{text.eyebrow}</p>
        <p className="method-lead">{text.lead}</p>
      </div>
      <nav className="method-toc" aria-labelledby="method-toc-label">
        <p id="method-toc-label" className="method-label">
          {text.contents}
        </p>
        <ol>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${anchor(s)}`}>{text.headings[s]}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="method-body">
        <Part id="codebook" text={text}>
          <Codebook {...section} />
        </Part>
        <Part id="verdicts" text={text}>
          <Verdicts {...section} example={example} />
        </Part>
        <Part id="sources" text={text}>
          <Sources {...section} sources={sources} />
        </Part>
        <Part id="corrections" text={text}>
          <Corrections {...section} corrections={corrections} />
        </Part>
        <Part id="report" text={text}>
          {contact === null ? (
            <p>{text.report.noContact}</p>
          ) : (
            <p>
              {text.report.withContact} <a href={contact.href}>{contact.label}</a>
            </p>
          )}
        </Part>
        <Part id="download" text={text}>
          <p>{text.download.intro}</p>
          <p>
            <a className="method-download" href={download.href} download={download.name}>
              <span aria-hidden="true">⤓ </span>
              {text.download.dataset}
            </a>
          </p>
          <p className="muted">
            {text.download.contents(
              dataset.positions.length,
              dataset.parties.length,
              dataset.issues.length,
              dataset.sources.length,
            )}{' '}
            {text.download.updated(fmt.date(dataset.meta.updated), dataset.meta.license)}
          </p>
          <p>
            <a href={schemaHref}>{text.download.schema}</a>
            {' — '}
            {text.download.schemaNote}
          </p>
          <FileDrop />
        </Part>
      </div>
    </article>
  );
}

import { describe, expect, it } from 'vitest';
import { PositionDetails } from '../../src/components/PositionDetails';
import { uk } from '../../src/i18n/uk';
import { localizeDataset } from '../../src/lib/localizeDataset';
import { I18nContext, i18nFor } from '../../src/state/i18n';
import { loadBundled } from '../fixtures/load';
import { renderWith } from './render';

const bundled = localizeDataset(loadBundled(), 'uk');

describe('a position’s citation, read in Ukrainian', () => {
  it('names the outlet in Ukrainian, keeps the headline as printed, and says the text is archived without naming a file', () => {
    const source = bundled.sources.find((s) => s.url === null && s.file != null && s.translations?.uk?.outlet);
    const position = bundled.positions.find((p) => p.source === source?.id);
    if (source === undefined || position === undefined) throw new Error('no archived source without a URL');
    const { container } = renderWith(
      <I18nContext.Provider value={i18nFor('uk', uk)}>
        <PositionDetails position={position} />
      </I18nContext.Provider>,
      bundled,
    );
    const citation = container.querySelector('.citation');
    expect(citation).toHaveTextContent(source.translations?.uk?.outlet ?? '');
    expect(citation).toHaveTextContent(source.headline);
    expect(citation).toHaveTextContent(`${uk.position.noLink}${uk.position.archived}.`);
    expect(citation?.textContent).not.toContain(source.file ?? '');
    expect(citation?.textContent).not.toMatch(/\.txt/);
  });
});

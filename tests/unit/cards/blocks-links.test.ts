import { describe, expect, it } from 'vitest';
import { splitUnits, stripFrontMatter } from '../../../lib/cards/blocks';
import { cardLinks, clauseOf } from '../../../lib/cards/links';

const units = (md: string) => splitUnits(stripFrontMatter(md));
const links = (md: string) => cardLinks(units(md));

describe('splitUnits', () => {
  it('splits headings, list items, table rows, paragraphs and code, each with its heading path', () => {
    const u = units(
      [
        '# Top',
        'Intro line one',
        'continues here.',
        '## Sources',
        '- first item',
        '  continued',
        '- second item',
        '',
        '| Name | Score |',
        '|---|---|',
        '| a | 1.5 |',
        '```',
        '# not a heading',
        '```',
      ].join('\n'),
    );
    expect(u.map((x) => x.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list-item',
      'list-item',
      'table-row',
      'table-row',
      'code',
    ]);
    expect(u[1]?.text).toBe('Intro line one continues here.');
    expect(u[3]).toMatchObject({ text: '- first item continued', headings: ['Top', 'Sources'] });
    expect(u[6]).toMatchObject({ tableHeader: 'Name Score', tableColumns: ['Name', 'Score'] });
    expect(u[7]?.text).toBe('# not a heading');
  });

  it('gives a nested list item the item it sits under', () => {
    const u = units('* Tools:\n    * Alpha (see [link](https://example.org/a))\n* Other');
    expect(u[1]?.parentText).toBe('Tools:');
    expect(u[2]?.parentText).toBeUndefined();
  });

  it('reads HTML headings and pops deeper headings when a shallower one comes', () => {
    const u = units('<h2>Usage</h2>\n### Detail\ntext\n## Next\nmore');
    expect(u.find((x) => x.text === 'more')?.headings).toEqual(['Next']);
    expect(u.find((x) => x.text === 'text')?.headings).toEqual(['Usage', 'Detail']);
  });
});

describe('cardLinks', () => {
  it('reads a Label: URL pair and a bold lead as the label of the unit’s links', () => {
    const [a, b] = links('- **Repository:** https://github.com/o/r\n- **Pretraining** [Code](https://github.com/o/p)');
    expect(a).toMatchObject({ url: 'https://github.com/o/r', label: 'Repository', text: '' });
    expect(b).toMatchObject({ url: 'https://github.com/o/p', label: 'Pretraining', text: 'Code' });
  });

  it('keeps the sentence of the link, not the neighbouring sentences', () => {
    const [a] = links('We love tea. The model runs with [tool](https://github.com/o/t). Evaluation is elsewhere.');
    expect(a?.sentence).toBe('The model runs with tool.');
  });

  it('drops non-http targets without leaking URLs from inside them', () => {
    expect(links("[x](javascript:alert('https://evil.example/x')) and https://gitlab.com/g/p.")).toEqual([
      expect.objectContaining({ url: 'https://gitlab.com/g/p' }),
    ]);
  });
});

describe('clauseOf', () => {
  it('cuts a sentence where a comma, semicolon or conjunction is followed by a verb', () => {
    const s = 'We trained on Alpha and evaluated on Beta.';
    expect(clauseOf(s, 'Alpha')).toBe('We trained on Alpha');
    expect(clauseOf(s, 'Beta')).toBe('and evaluated on Beta.');
    expect(clauseOf('Trained on Alpha, Beta and Gamma.', 'Beta')).toBe('Trained on Alpha, Beta and Gamma.');
    expect(clauseOf('No needle here.', 'Zeta')).toBe('No needle here.');
  });
});

import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { compatibleItems, compatibleSubjects, kindWords, substituteSubjects } from './reference';

describe('what a quoted product is, for finding its alternatives', () => {
  it('takes the kind from the words after the last model number or size', () => {
    expect(kindWords('Corsair 1TB MP600 CORE XT M.2 NVMe SSD, M.2 2280, PCIe4')).toBe('NVMe SSD');
    expect(kindWords('Arctic Liquid Freezer III 360mm Liquid CPU Cooler, P12 PWM PST Fans')).toBe('Liquid CPU Cooler');
  });

  it('searches the product, its maker\'s model line (other tiers), and its kind', () => {
    const subjects = substituteSubjects(product({ name: 'Corsair 1TB MP600 CORE XT M.2 NVMe SSD, M.2 2280, PCIe4' }));
    expect(subjects).toEqual(['Corsair 1TB MP600 CORE XT M.2 NVMe SSD', 'Corsair mp600', 'NVMe SSD']);
  });
});

describe('compatible products from the quoted device', () => {
  const card = product({ name: 'Maker T100 Graphics Card, 4GB DDR6, 4 miniDP 1.4, Low Profile' });

  it('asks for a cable from the device\'s own port when it lacks the connector asked for, with a plug on the far end', () => {
    const items = compatibleItems(card, ['HDMI cable'], 'Find an HDMI cable to connect my monitor to this GPU');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'Mini DisplayPort', hard: true }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'HDMI female', hard: true }));
    expect(compatibleSubjects(card, ['HDMI cable'])).toEqual(['HDMI cable', 'Mini DisplayPort HDMI']);
  });

  it('needs no adapter when the device has the connector', () => {
    const withHdmi = product({ name: 'Maker X70 Graphics Card, 12GB, HDMI, 3 DP' });
    expect(compatibleItems(withHdmi, ['HDMI cable']).some((i) => i.kind === 'attribute-absent')).toBe(false);
  });

  it('makes the colour a hard wish only when the request asks for the same colour', () => {
    const white = product({ name: 'Maker 5000 Gaming Case, E-ATX, White' });
    expect(compatibleItems(white, ['keyboards'], 'keyboards with the same color as this case')[0]).toMatchObject({ text: 'white', hard: true });
    expect(compatibleItems(white, ['keyboards'], 'keyboards for this case')[0]).toMatchObject({ text: 'white', hard: false });
  });
});

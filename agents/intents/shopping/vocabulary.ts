/** Hand-written product vocabulary: colours, materials, patterns and the words that name options. */
export const COLOURS = [
  'black', 'white', 'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'pink', 'brown', 'grey', 'gray', 'beige',
  'navy', 'navy blue', 'sky blue', 'light blue', 'dark blue', 'royal blue', 'teal', 'turquoise', 'cyan', 'magenta',
  'maroon', 'burgundy', 'wine red', 'wine-red', 'khaki', 'olive', 'cream', 'ivory', 'gold', 'golden', 'silver',
  'rose gold', 'champagne', 'transparent', 'clear', 'multicolor', 'multicolored', 'multicolour', 'multi-color',
  'dark grey', 'light grey', 'smoke grey', 'charcoal', 'nude', 'tan', 'coral', 'mint', 'lavender', 'lilac', 'violet',
  'peach', 'apricot', 'camel', 'coffee', 'chocolate', 'off-white', 'off white', 'army green', 'dark green',
  'light green', 'neutral', 'bronze', 'copper', 'rainbow', 'gradient', 'matte black',
];

export const MATERIALS = [
  'cotton', 'polyester', 'nylon', 'silk', 'wool', 'linen', 'denim', 'leather', 'faux leather', 'pu leather', 'suede',
  'canvas', 'mesh', 'spandex', 'rayon', 'velvet', 'fleece', 'knit', 'chiffon', 'satin', 'lace', 'acrylic', 'plastic',
  'metal', 'steel', 'stainless steel', 'aluminum', 'aluminium', 'iron', 'brass', 'copper', 'wood', 'wooden', 'bamboo',
  'glass', 'ceramic', 'porcelain', 'rubber', 'silicone', 'foam', 'memory foam', 'paper', 'cardboard', 'abs', 'pvc',
  'carbon fiber', 'titanium', 'tempered glass', 'microfiber', 'cashmere', 'jersey', 'corduroy', 'twill', 'fabric',
  'resin', 'marble', 'stone', 'gold', 'sterling silver', 'alloy', 'zinc alloy', 'vinyl', 'tpu', 'eva',
];

export const PATTERNS = ['plain', 'striped', 'stripes', 'floral', 'checkered', 'plaid', 'polka dot', 'printed', 'print',
  'solid', 'camouflage', 'camo', 'geometric', 'cartoon', 'animal print', 'leopard', 'graphic', 'letter', 'abstract',
  'embroidered', 'tie dye', 'patchwork', 'gingham', 'paisley', 'houndstooth'];

export const GENDER_WORDS: Record<string, string> = {
  "women's": 'female', womens: 'female', women: 'female', ladies: 'female', "ladies'": 'female', female: 'female',
  "men's": 'male', mens: 'male', men: 'male', male: 'male', unisex: 'unisex', "kids'": 'kids', kids: 'kids',
  boys: 'kids', girls: 'kids', baby: 'baby',
};

/** Words after which a value names an attribute: "baggy fit", "casual style", "plain design". */
export const ATTRIBUTE_HEADS: Record<string, string> = {
  fit: 'fit', style: 'style', design: 'pattern', pattern: 'pattern', waist: 'waist', neckline: 'collar', neck: 'collar',
  collar: 'collar', sleeve: 'sleeve', sleeves: 'sleeve', heel: 'heel', finish: 'finish', type: 'type', material: 'material',
  shape: 'shape', length: 'length', closure: 'closure', connectivity: 'connectivity', plug: 'plug', tip: 'tip',
  scent: 'scent', flavor: 'flavour', flavour: 'flavour', fragrance: 'scent', taste: 'flavour', function: 'function',
  features: 'feature', feature: 'feature', resistant: 'feature', proof: 'feature', frame: 'frame',
};

export const OPTION_UNITS = '(?:inch(?:es)?|in|cm|mm|m|ml|l|liters?|litres?|oz|g|kg|lbs?|gb|tb|mb|mah|w|watts?|v|volts?|hz|ft|feet|pcs|pieces|pc|pairs?|layers|tiers|seater|ply|pack)';

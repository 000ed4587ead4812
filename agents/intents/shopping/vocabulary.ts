/** Hand-written product vocabulary: colours, materials, patterns and the words that name options. */
export const COLOURS = [
  'black', 'white', 'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'pink', 'brown', 'grey', 'gray', 'beige',
  'navy', 'navy blue', 'sky blue', 'light blue', 'dark blue', 'royal blue', 'teal', 'turquoise', 'cyan', 'magenta',
  'maroon', 'burgundy', 'wine red', 'wine-red', 'khaki', 'olive', 'cream', 'ivory', 'gold', 'golden', 'silver',
  'rose gold', 'champagne', 'transparent', 'clear', 'multicolor', 'multicolored', 'multicolour', 'multi-color',
  'dark grey', 'light grey', 'smoke grey', 'charcoal', 'nude', 'tan', 'coral', 'mint', 'lavender', 'lilac', 'violet',
  'peach', 'apricot', 'camel', 'coffee', 'chocolate', 'off-white', 'off white', 'army green', 'dark green',
  'light green', 'neutral', 'bronze', 'copper', 'rainbow', 'gradient', 'matte black', 'mustard', 'fuchsia', 'emerald',
  'taupe', 'mauve', 'rust', 'indigo', 'aqua', 'lime', 'salmon', 'plum', 'lemon', 'sand', 'denim blue', 'jet black', 'off-black',
];

export const MATERIALS = [
  'cotton', 'polyester', 'nylon', 'silk', 'wool', 'linen', 'denim', 'leather', 'faux leather', 'pu leather', 'suede',
  'canvas', 'mesh', 'spandex', 'rayon', 'velvet', 'fleece', 'knit', 'chiffon', 'satin', 'lace', 'acrylic', 'plastic',
  'metal', 'steel', 'stainless steel', 'aluminum', 'aluminium', 'iron', 'brass', 'copper', 'wood', 'wooden', 'bamboo',
  'glass', 'ceramic', 'porcelain', 'rubber', 'silicone', 'foam', 'memory foam', 'paper', 'cardboard', 'abs', 'pvc',
  'carbon fiber', 'titanium', 'tempered glass', 'microfiber', 'cashmere', 'jersey', 'corduroy', 'twill',
  'resin', 'marble', 'stone', 'gold', 'sterling silver', 'alloy', 'zinc alloy', 'vinyl', 'tpu', 'eva', 'pewter', 'quartz',
  'crystal', 'pearl', 'mineral glass', 'tungsten', 'hemp', 'jute', 'rattan', 'wicker', 'terracotta', 'dri-fit',
];

export const PATTERNS = ['plain', 'striped', 'stripes', 'floral', 'checkered', 'plaid', 'polka dot', 'printed', 'print',
  'solid', 'camouflage', 'camo', 'geometric', 'cartoon', 'animal print', 'leopard', 'graphic', 'letter', 'abstract',
  'embroidered', 'tie dye', 'patchwork', 'gingham', 'paisley', 'houndstooth'];


/** Words after which a value names an attribute: "baggy fit", "casual style", "plain design". */
export const ATTRIBUTE_HEADS: Record<string, string> = {
  fit: 'fit', style: 'style', design: 'pattern', pattern: 'pattern', waist: 'waist', rise: 'waist', neckline: 'collar', neck: 'collar',
  collar: 'collar', sleeve: 'sleeve', sleeves: 'sleeve', heel: 'heel', finish: 'finish', material: 'material',
  shape: 'shape', shaped: 'shape', length: 'length', closure: 'closure', connectivity: 'connectivity', plug: 'plug', tip: 'tip',
  scent: 'scent', flavor: 'flavour', flavour: 'flavour', fragrance: 'scent', taste: 'flavour', function: 'function',
  features: 'feature', feature: 'feature', socket: 'socket', connector: 'connector', port: 'port', movement: 'movement', dial: 'dial', technology: 'feature', effect: 'feature', effects: 'feature',
};

/** Colour words that are also things ("neck cream", "coffee beans"): a colour only with a colour cue. */
export const AMBIGUOUS_COLOURS = new Set(['cream', 'coffee', 'chocolate', 'bronze', 'copper', 'mint', 'peach', 'olive', 'clear',
  'neutral', 'tan', 'nude', 'camel', 'apricot', 'champagne', 'gradient', 'rainbow', 'coral', 'wine-red', 'rust', 'lime', 'salmon', 'plum',
  'lemon', 'sand', 'emerald', 'indigo']);

/** Standard letter sizes, so "size large" and "L" are one value. */
export const SIZE_CODES: Record<string, string> = {
  'extra extra small': 'xxs', 'extra small': 'xs', 'x-small': 'xs', small: 's', medium: 'm', large: 'l', 'extra large': 'xl',
  'x-large': 'xl', 'extra extra large': 'xxl', 'xx-large': 'xxl', 'double extra large': 'xxl',
};

/** Written units -> the short form shops print ("2 meter" -> "2m", "12 inches" -> "12 inch"). */
export const UNIT_FORMS: Record<string, string> = {
  inches: 'inch', in: 'inch', '"': 'inch', meter: 'm', meters: 'm', metre: 'm', metres: 'm', centimeter: 'cm', centimeters: 'cm',
  millimeter: 'mm', millimeters: 'mm', liter: 'l', liters: 'l', litre: 'l', litres: 'l', milliliter: 'ml', milliliters: 'ml',
  grams: 'g', gram: 'g', kilograms: 'kg', kilogram: 'kg', kilo: 'kg', kilos: 'kg', pounds: 'lb', lbs: 'lb', feet: 'ft', foot: 'ft',
  watts: 'w', watt: 'w', ounce: 'oz', ounces: 'oz', volts: 'v', volt: 'v', pieces: 'pcs', piece: 'pcs', pc: 'pcs',
};

/** Units of a measurement; bare "in" is an inch only where no word follows ("12 in", not "5 in 1"). */
export const OPTION_UNITS = '(?:inch(?:es)?|in(?=\\s*(?:[,.;)]|$|wide|long|tall|high|thick))|"|cm|mm|m|meters?|metres?|centimeters?|millimeters?|ml|milliliters?|l|liters?|litres?|oz|ounces?|fl oz|g|grams?|kg|kilograms?|kilos?|lbs?|pounds(?=\\s+(?:weight|capacity|load))|gb|tb|mb|mah|mp|w|watts?|v|volts?|hz|khz|mhz|ghz|ft|feet|foot|ply|seater)';

/** Dimension nouns that say what a measurement measures: "1.5 inches wide", "0.5mm tip", "29-inch waist". */
export const DIMENSIONS = '(?:wide|width|long|length|tall|high|height|thick|thickness|deep|depth|diameter|tip|waist|screen|display|capacity|weight|blade|heel|strap|band|wheel)';

/** Functional features shops list as yes/no attributes (descriptive praise like "premium" is left out). */
export const FEATURES = ['cordless', 'wireless', 'bluetooth', 'waterproof', 'water-resistant', 'shockproof', 'dimmable', 'rechargeable',
  'foldable', 'adjustable', 'breathable', 'organic', 'halal', 'kosher', 'vegan', 'hypoallergenic', 'moisturizing', 'moisturising',
  'antibacterial', 'anti-bacterial', 'non-stick', 'nonstick', 'non-slip', 'quick-dry', 'quick dry', 'stretchable', 'reversible',
  'insulated', 'magnetic', 'retractable', 'washable', 'biodegradable', 'unscented', 'fragrance-free', 'pre-strung', 'strung',
  'noise cancelling', 'noise-cancelling', 'fast charging', 'touchscreen', 'touch screen', 'solar', 'smart', 'universal'];

/** Styles a product is made in: "modern candle warmers", "a retro clock". */
export const STYLES = ['modern', 'retro', 'vintage', 'classic', 'minimalist', 'minimal', 'rustic', 'industrial', 'bohemian', 'boho',
  'elegant', 'casual', 'formal', 'sporty', 'chic', 'cute', 'kawaii', 'luxury', 'scandinavian', 'nordic', 'contemporary',
  'traditional', 'farmhouse', 'streetwear', 'preppy', 'gothic', 'punk', 'y2k'];

/** Shapes a product comes in. */
export const SHAPES = ['oval', 'square', 'rectangle', 'rectangular', 'round', 'circular', 'triangle', 'triangular', 'hexagon',
  'hexagonal', 'heart', 'star', 'octagon', 'cylindrical', 'cube'];

/** Containers a product is sold in: "in a bottle", "in a resealable pouch". */
export const PACKAGING = ['bottle', 'bag', 'box', 'carton', 'pouch', 'jar', 'can', 'tube', 'sachet', 'tin', 'bucket', 'tub', 'pump bottle',
  'spray bottle', 'refill pack', 'blister pack', 'gift box'];

/** Seasons and occasions a product is meant for ("perfect for summer", "for casual wear"). */
export const SEASONS = ['summer', 'winter', 'spring', 'autumn', 'fall', 'rainy season', 'all seasons', 'all season'];
export const OCCASIONS = ['casual', 'formal', 'party', 'wedding', 'office', 'work', 'business', 'outdoor', 'indoor', 'travel', 'beach',
  'sports', 'sport', 'school', 'gym', 'evening', 'everyday', 'daily'];
/** Age groups a product is suitable for ("for adults", "suitable for kids"). */
export const AGE_GROUPS = ['boys', 'girls', 'kids', 'children', 'adults', 'adult', 'toddlers', 'babies', 'infants', 'teens', 'teenagers', 'seniors', 'newborns'];

/** Makers of cars and motorcycles: "for Ford vehicles", "Honda ADV150" name what a part must fit. */
export const VEHICLE_MAKES = ['toyota', 'honda', 'ford', 'mitsubishi', 'hyundai', 'daewoo', 'yamaha', 'kawasaki', 'suzuki', 'nissan',
  'isuzu', 'mazda', 'kia', 'chevrolet', 'chevy', 'bmw', 'mercedes', 'mercedes-benz', 'audi', 'volkswagen', 'subaru', 'lexus',
  'ducati', 'ktm', 'harley-davidson', 'harley davidson', 'buell', 'vespa', 'piaggio', 'peugeot', 'renault', 'fiat', 'volvo', 'jeep',
  'dodge', 'tesla', 'porsche', 'land rover', 'geely', 'byd', 'chery', 'proton', 'perodua', 'aprilia', 'royal enfield', 'bajaj',
  'benelli', 'cfmoto', 'kymco'];

/** Makers of phones and gadgets: "for vivo y51", "compatible with Apple" name what an accessory must fit. */
export const DEVICE_MAKES = ['apple', 'iphone', 'ipad', 'samsung', 'galaxy', 'huawei', 'xiaomi', 'redmi', 'poco', 'oppo', 'vivo', 'realme',
  'infinix', 'tecno', 'nokia', 'motorola', 'oneplus', 'google pixel', 'pixel', 'sony', 'asus', 'lenovo', 'honor', 'nubia', 'zte',
  'itel', 'garmin', 'fitbit', 'amazfit', 'macbook', 'airpods', 'nintendo switch', 'playstation', 'xbox'];

/** Countries a product can come from ("made in Japan", "from the Philippines"). */
export const COUNTRIES = ['china', 'japan', 'korea', 'south korea', 'philippines', 'usa', 'united states', 'america', 'germany', 'italy',
  'france', 'spain', 'uk', 'united kingdom', 'england', 'india', 'thailand', 'vietnam', 'taiwan', 'indonesia', 'malaysia',
  'singapore', 'australia', 'new zealand', 'canada', 'mexico', 'brazil', 'turkey', 'switzerland', 'sweden', 'denmark',
  'netherlands', 'belgium', 'portugal', 'poland', 'austria', 'ireland', 'scotland', 'israel', 'egypt', 'south africa', 'pakistan',
  'bangladesh', 'sri lanka', 'hong kong'];

/** Places that sell rather than make: "from Amazon" names a shop, not a brand. */
export const MARKETPLACES = ['amazon', 'ebay', 'lazada', 'lazmall', 'shopee', 'walmart', 'target', 'aliexpress', 'etsy', 'temu', 'alibaba'];

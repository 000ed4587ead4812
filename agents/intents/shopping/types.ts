/** One attribute, option or brand found in a request, with where it was found. */
export interface AttributeMatch {
  /** 'option' is a choice on the product page (size, colour, pack); 'attribute' describes the product. */
  category: 'attribute' | 'option' | 'brand';
  /** What the value is about: "size", "colour", "material", "compatibility", "brand", ... */
  name: string;
  /** The value as shops print it: "l" for "size large", "10 pcs" for "pack of 10". */
  value: string;
  /** The words of the request it came from. */
  text: string;
  index: number;
}

/** Records a match unless its span overlaps one already taken (earlier, more specific rules win). */
export type Push = (m: AttributeMatch) => void;

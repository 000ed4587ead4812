/** Personalisation scenarios (eval/personal/scenarios.json), in the spirit of AgenticShop. */

/** The six parts of a shopper's profile. */
export interface ShopperProfile {
  brandPreferences: { liked: string[]; avoided: string[] };
  priceSensitivity: { budgetMax?: number; note: string };
  /** The local shops show no ratings, so this part is recorded but has no checklist item. */
  ratingSensitivity: string;
  functionalNeeds: string[];
  look: { likes: string[]; dislikes: string[] };
  purchasePreferences: { likes: string[]; sizes?: Record<string, string> };
}

export type ProductCheck =
  /** The product is this kind of thing: the words occur in its name or categories. */
  | { kind: 'product-type'; text: string }
  | { kind: 'brand-is'; brands: string[] }
  | { kind: 'brand-is-not'; brand: string }
  | { kind: 'price-at-most'; max: number }
  /** Whole words in the name, description or specification (e.g. "wifi", "ddr5", "white"). */
  | { kind: 'attribute-present'; text: string }
  | { kind: 'attribute-absent'; text: string }
  | { kind: 'in-stock' };

export interface PersonalScenario {
  id: string;
  category: string;
  profile: ShopperProfile;
  request: string;
  checklist: ProductCheck[];
}

/** What a check needs from a product page. */
export interface ProductFacts {
  url: string;
  name: string;
  brand?: string;
  price?: number;
  inStock?: boolean;
  /** Description, specification values and categories, for attribute checks. */
  text: string;
  categories: string[];
}

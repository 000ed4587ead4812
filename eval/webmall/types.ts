/** A WebMall task as the runner sees it: the gold answer is never part of it. */
export interface WebmallTask {
  id: string;
  category: string;
  /** Task text as published, with {{PRODUCT:shop:id}} placeholders. */
  task: string;
  answerType: string;
}

export interface GoldOffer {
  shop: 1 | 2 | 3 | 4;
  productId: string;
}

export interface OfferScore {
  precision: number;
  recall: number;
  f1: number;
  /** 1 when every gold offer and nothing else was returned. */
  completion: number;
}

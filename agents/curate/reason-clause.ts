/**
 * The words that open a reason given with a wish: "so that my computer can sit under the TV",
 * "because my old one broke", "since my Dell XPS 13 died". A reason says why, which no product page
 * shows: the devices and figures in it are the shopper's, not the product's. One list for the request
 * shape (which cuts the reason off the subject) and the requirement reader (which never checks it).
 */
export const REASON_CUE = String.raw`(?:so that|so (?=(?:i|we|my|our|it|they|the)\s)|because|'?cause|since (?=(?:i|we|my|our|it|they|the|this)\s))`;

/**
 * What follows "so" when it says what the thing must be rather than why: "so the new PC should be white",
 * "so it should come with ...", "so I see no point in paying for ...". Not a reason, then: the request shape
 * keeps it as a requirement and the requirement reader reads it.
 */
export const MUST_BE_CUE = String.raw`so\s+(?:(?:it|they|the|this|that|my|our)\s[^.]*?\b(?:should|must|has\s+to|have\s+to|needs?(?:\s+to)?)\b|(?:I|we)\s+(?:see\s+no\s+(?:point|sense|need)|(?:do\s+not|don't)\s+(?:need|want)|would\s+rather|'d\s+rather|want|need|would\s+like|'d\s+like)\b)`;

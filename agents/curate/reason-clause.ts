/**
 * The words that open a reason given with a wish: "so that my computer can sit under the TV",
 * "because my old one broke", "since my Dell XPS 13 died". A reason says why, which no product page
 * shows: the devices and figures in it are the shopper's, not the product's. One list for the request
 * shape (which cuts the reason off the subject) and the requirement reader (which never checks it).
 */
export const REASON_CUE = String.raw`(?:so that|so (?=(?:i|we|my|our|it|they|the)\s)|because|'?cause|since (?=(?:i|we|my|our|it|they|the|this)\s))`;

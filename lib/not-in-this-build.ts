/**
 * Stands in for the in-browser model libraries in the Firefox build (Mozilla accepts no file over
 * 5 MB). Their engines report themselves unavailable there before anything would be called.
 */
export {};

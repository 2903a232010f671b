/** Version of the extraction rules; bump whenever extract() output changes for the same text. */
export const EXTRACTOR_VERSION = 'veille-extract/0.23.0';

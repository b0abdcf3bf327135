/** Messages shared by the browser form and the server (kept apart from the readers, which pull in Node-only packages). */
export const BOTH_INPUTS_MESSAGE = 'You pasted text and chose a file: keep one. Empty the text box to upload the file, or remove the file to use the pasted text.';

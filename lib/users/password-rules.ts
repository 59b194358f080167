/** NCSC: length over complexity. Client-safe: the form's hint says the same as the server's check. */
export const MIN_PASSWORD_LENGTH = 12;

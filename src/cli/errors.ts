/** A mistake in how the command was called: reported with exit status 2. */
export class UsageError extends Error {}

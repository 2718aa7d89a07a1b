"""The names of the walk-through's pages (no imports: the app's first paint needs only these)."""

WELCOME = "welcome"
ACCOUNTS = "accounts"
RESULTS = "results"
PLATFORM_PREFIX = "platform:"

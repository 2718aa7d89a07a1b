"""The ``privacy-audit`` executable of the bundle: the command line (``privacy_audit.cli:main``);
with no arguments it opens the desktop app, as the installed console script does."""

import sys

from privacy_audit.cli import main

if __name__ == "__main__":
    sys.exit(main())

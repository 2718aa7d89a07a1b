"""The ``huella`` executable of the bundle: the desktop app (``privacy_audit.cli:gui_main``)."""

import sys

from privacy_audit.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())

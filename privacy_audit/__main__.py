"""``python -m privacy_audit`` behaves exactly like the ``privacy-audit`` command."""

import sys

from privacy_audit.cli import main

sys.exit(main())

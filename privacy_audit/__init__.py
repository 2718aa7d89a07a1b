"""Huella (package ``privacy_audit``): the Qt-free core.

Content loading and validation, the exposure model and scoring, storage, the report
model and the command line. Nothing in this package imports Qt; the desktop front end
lives in the top-level ``ui`` package and depends on this one, never the reverse.
"""

__version__ = "0.1.0"
APP_NAME = "Huella"
APP_ID = "org.huella.Huella"
DIST_NAME = "privacy-audit"

"""Huella desktop front end (PySide6). Presents and collects; decisions live in privacy_audit."""

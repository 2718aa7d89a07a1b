"""The desktop app's dialogs: errors, confirmations, passphrase, report options, saved audits."""

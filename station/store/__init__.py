"""The local encrypted, append-only store: events, projections, keys and the audit chain."""

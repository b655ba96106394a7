"""The station side of sync: outbox push, pull, backoff."""

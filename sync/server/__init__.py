"""The central server: HTTP API over SQLite or PostgreSQL."""

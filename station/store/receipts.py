"""The server's signed push receipts a station keeps: the latest, and at most one per day."""

from __future__ import annotations

import sqlite3

from sync.wire.receipts import Receipt


def keep(connection: sqlite3.Connection, receipt: Receipt) -> bool:
    """Keep ``receipt`` as its day's (replacing an earlier one of that day); tell if kept.

    A day keeps the receipt of the highest record (the latest, in the usual case); a receipt
    of a lower record than the day's (a server put back from an older backup) is not kept
    over it. One row per day: a year is a few hundred rows. The caller holds the write.
    """
    day = receipt.day.isoformat()
    held = connection.execute("SELECT seq FROM sync_receipts WHERE day = ?", (day,)).fetchone()
    if held is not None and int(held[0]) > receipt.seq:
        return False
    if held is not None and int(held[0]) == receipt.seq:
        # Same record: the day keeps its first confirmation (its date is what is said).
        return False
    connection.execute(
        "INSERT OR REPLACE INTO sync_receipts (day, seq, hash, issued_at, signed)"
        " VALUES (?, ?, ?, ?, ?)",
        (day, receipt.seq, receipt.hash, receipt.issued_at, receipt.signed),
    )
    return True


def kept(connection: sqlite3.Connection) -> list[str]:
    """The kept receipts' signed texts, oldest day first (checked again by whoever reads)."""
    return [
        str(row[0])
        for row in connection.execute("SELECT signed FROM sync_receipts ORDER BY day, issued_at")
    ]

"""The end of the station's log anchored by the server's signed push receipts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from sync.client.errors import IntegrityProblem, SyncError
from sync.client.replica import ReceiptKeeper
from sync.client.transport import SyncTransport
from sync.wire.chain import parse_json_object
from sync.wire.envelope import PushReply
from sync.wire.receipts import Receipt, ReceiptError, read_receipt


def reply_receipt(
    reply: PushReply, server_key: str, *, clinic_id: str | None, station_id: str
) -> Receipt | None:
    """A push reply's receipt, checked with the pinned server key (None: the server sent none).

    Raises ``IntegrityProblem`` (one sentence) for a receipt that does not verify; it is not
    kept.
    """
    if reply.receipt is None:
        return None
    try:
        return read_receipt(reply.receipt, server_key, clinic_id=clinic_id, station_id=station_id)
    except ReceiptError as error:
        reason = str(error).rstrip(".")
        raise IntegrityProblem(f"{reason}: it was not kept, and sync stopped.") from None


@dataclass(frozen=True)
class _Span:
    """Where the first record that differs from the server's lies: ``low`` < it <= ``high``."""

    low: int
    high: int


class ChainAnchor:
    """Checks a station's own chain against the receipts the server signed for it.

    A receipt says the server held this station's chain up to ``seq``, ending in ``hash``. Kept
    receipts are this copy's own confirmations, so before a push:

    * the log ending before the last confirmed record means records were lost or the file was
      put back from an older copy (said as a notice; the push then lets the server put back
      what it holds);
    * a confirmed record whose hash changed means records the server holds were rewritten here
      (an insider with a real password re-signing a changed history): the first rewritten
      record is found against the server's copy, the store refuses every decision, and nothing
      is pushed (the server never sees the rewritten history, so it suspends nothing).

    After a push, the reply's receipt must verify with the pinned server key; a chain that
    differs from the one the server holds, with none of this copy's confirmations broken, is a
    fork (another copy of this station pushed first): the engine pushes from the first record
    that differs, so the server records the fork as an incident for people to resolve.
    """

    def __init__(
        self,
        keeper: ReceiptKeeper,
        transport: SyncTransport,
        *,
        station_id: str,
        server_key: str,
        clinic_id: str | None,
        head: Callable[[], tuple[int, str]],
    ) -> None:
        self._keeper = keeper
        self._transport = transport
        self._station_id = station_id
        self._server_key = server_key
        self._clinic_id = clinic_id
        self._head = head

    # -- reading receipts ---------------------------------------------------------------------

    def kept(self) -> list[Receipt]:
        """The receipts this copy kept, checked again with the pinned key (oldest first)."""
        receipts: list[Receipt] = []
        for text in self._keeper.kept_receipts():
            try:
                receipts.append(
                    read_receipt(
                        text,
                        self._server_key,
                        clinic_id=self._clinic_id,
                        station_id=self._station_id,
                    )
                )
            except ReceiptError:
                continue  # a kept row the seal let through but the key does not: worth nothing
        return receipts

    # -- before a push --------------------------------------------------------------------------

    def _latest(self) -> Receipt | None:
        """The kept receipt of the highest record, checked (only that one: one a day is kept)."""
        texts = self._keeper.kept_receipts()
        if not texts:
            return None
        seqs: list[int] = []
        for text in texts:
            try:
                seqs.append(int(parse_json_object(text)["receipt"]["seq"]))
            except (KeyError, TypeError, ValueError):
                seqs.append(-1)
        best = max(range(len(texts)), key=lambda index: (seqs[index], index))
        try:
            return read_receipt(
                texts[best],
                self._server_key,
                clinic_id=self._clinic_id,
                station_id=self._station_id,
            )
        except ReceiptError:
            return max(self.kept(), key=lambda receipt: receipt.seq, default=None)

    def check_before_push(self, notices: list[str]) -> None:
        """Check the log against the last confirmed record; raise if confirmed records changed."""
        last = self._latest()
        if last is None:
            return
        head_seq, head_hash = self._head()
        if head_seq >= last.seq:
            if self._keeper.own_hash(last.seq) == last.hash:
                return
            self._rewritten(self.kept(), _Span(0, last.seq))
        server_hash = self._server_hash(head_seq)
        if server_hash is not None and server_hash != head_hash:
            self._rewritten(self.kept(), _Span(0, head_seq))
        notices.append(
            f"This station's log ends at record #{head_seq}, but the server confirmed its "
            f"records up to #{last.seq} on {last.day.isoformat()}: records were lost (a cut "
            "write-ahead log) or the file was put back from an older copy. The records the "
            "server holds are put back."
        )

    def _rewritten(self, receipts: Sequence[Receipt], span: _Span) -> NoReturn:
        """Name the first rewritten record, make the store refuse decisions, and stop."""
        for receipt in receipts:  # this copy's own confirmations narrow it down for free
            if receipt.seq <= 0 or receipt.seq > span.high:
                continue
            if self._keeper.own_hash(receipt.seq) == receipt.hash:
                span = _Span(max(span.low, receipt.seq), span.high)
            else:
                span = _Span(span.low, min(span.high, receipt.seq))
        span = self._narrow(span)
        first = span.high if span.high == span.low + 1 else None
        seq = first if first is not None else span.low + 1
        confirmed = [receipt for receipt in receipts if receipt.seq >= seq]
        day = min(confirmed, key=lambda receipt: receipt.issued_at).day.isoformat()
        which = (
            f"Record #{first} was changed"
            if first is not None
            else f"A record from #{span.low + 1} to #{span.high} was changed"
        )
        sentence = (
            f"{which} after the server confirmed it on {day}: this station's log from there on "
            "is not the one the server holds (rewritten, or put back from an older copy and "
            "recorded on), so nothing more is sent."
        )
        self._keeper.report_problem(sentence)
        raise IntegrityProblem(
            f"{sentence} No dose, count or sync on this record until the administrator has "
            "checked the station ('dosing-station audit repair'); the server keeps the records "
            "it confirmed."
        )

    def _narrow(self, span: _Span) -> _Span:
        """Binary search against the server's copy: the first own record whose hash differs.

        Records link by hash, so every record before the first changed one matches the
        server's and every record from it on differs. Stops (leaving a span) when the server
        does not hold a record asked for or cannot be asked.
        """
        while span.high - span.low > 1:
            middle = (span.low + span.high) // 2
            server_hash = self._server_hash(middle)
            if server_hash is None:
                return span
            if server_hash == self._keeper.own_hash(middle):
                span = _Span(middle, span.high)
            else:
                span = _Span(span.low, middle)
        return span

    def _server_hash(self, seq: int) -> str | None:
        """The record hash the server holds for this station's event ``seq`` (None: unknown)."""
        if seq <= 0:
            return None
        try:
            reply = self._transport.own_events(after=seq - 1, limit=1)
        except SyncError:
            return None
        events = [event for event in reply.events if event.seq == seq]
        return events[0].hash if events else None

    # -- after a push -------------------------------------------------------------------------

    def settle(self, receipt: Receipt) -> int | None:
        """Keep a reply's receipt when the log agrees with it; else the first record to push.

        Called once the reply's own records were restored (a station behind the server). A log
        that holds the receipt's record with the same hash agrees: the receipt is kept. One
        that differs there is a fork (this copy's kept confirmations were checked before the
        push): the first differing record is returned, and pushing from it lets the server
        record the fork. A log still behind the receipt keeps it all the same (it is the
        server's word about this station's chain; the next check names what is missing).
        """
        head_seq, _head_hash = self._head()
        if head_seq < receipt.seq or self._keeper.own_hash(receipt.seq) == receipt.hash:
            self._keeper.keep_receipt(receipt)
            return None
        return self._narrow(_Span(0, receipt.seq)).low + 1

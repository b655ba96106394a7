"""The versioned JSON envelope of every sync request and reply between stations and the server."""

# Rules for compatible change (read before editing this module):
#
# * ``WIRE_VERSION`` is the major version. Both sides send it in every body; the server answers
#   a request whose major version it does not speak with HTTP 426 and a reply naming the
#   versions it accepts, and never guesses.
# * Within one major version a change is compatible only if it ADDS an optional field with a
#   default. Receivers ignore fields they do not know (``extra="ignore"``), so an older station
#   keeps working against a newer server and the other way round.
# * Removing or renaming a field, changing a field's type or meaning, or making an optional field
#   required is incompatible: bump ``WIRE_VERSION``, keep serving the previous version from the
#   server for as long as stations in the field still speak it, and say so in the changelog.
# * Version 2 (``sync.wire.compact``) re-encodes only the push and pull batches, on their own
#   paths (``/v2/push``, ``/v2/pull``); the server serves both versions, and a station falls back
#   to version 1 when a server does not know the version 2 paths.
# * The chain fields of an event (see ``sync.wire.chain``) are never re-encoded: a payload
#   travels as the same JSON object the station hashed, so ``payload_hash`` stays checkable.

from __future__ import annotations

from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from sync.wire.chain import ChainFields, canonical_json, record_hash

WIRE_VERSION = 1
# Version 2 is the compact batch encoding of push and pull (``sync.wire.compact``); every body
# defined in this module stays version 1.
SUPPORTED_WIRE_VERSIONS = (1, 2)
SERVER_STATION_ID = "server"
MAX_EVENTS = 5000  # the most events one version 1 push or pull page carries


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ChainedEvent(Protocol):
    """Anything shaped like one event of a station's log (the store's ``StoredEvent`` fits)."""

    @property
    def station_id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def uuid(self) -> str: ...
    @property
    def hlc(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def payload_hash(self) -> str: ...
    @property
    def sealed_digest(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...
    @property
    def signature(self) -> str | None: ...


# Where a WireEvent keeps its payload's canonical text (outside the model's fields: never sent,
# never compared).
_PAYLOAD_TEXT = "_canonical_payload_text"


class WireEvent(_Model):
    """One event of a station's (or the server's) hash-chained log, as it travels."""

    station_id: str = Field(min_length=1, max_length=64)
    seq: int = Field(ge=1)
    uuid: str = Field(min_length=1, max_length=64)
    hlc: str = Field(max_length=100)
    type: str = Field(min_length=1, max_length=100)
    payload: dict[str, Any]
    payload_hash: str = Field(min_length=64, max_length=64)
    sealed_digest: str = Field(max_length=128)
    prev_hash: str = Field(min_length=64, max_length=64)
    hash: str = Field(min_length=64, max_length=64)
    signature: str | None = None

    def chain_fields(self) -> ChainFields:
        """The fields the record hash covers."""
        return ChainFields(
            station_id=self.station_id,
            seq=self.seq,
            uuid=self.uuid,
            hlc=self.hlc,
            type=self.type,
            payload_hash=self.payload_hash,
            sealed_digest=self.sealed_digest,
            prev_hash=self.prev_hash,
        )

    def canonical_payload(self) -> str:
        """The payload's canonical JSON text (what ``payload_hash`` covers), made once per event.

        An event decoded from a compact batch already carries the text it arrived as (checked
        against ``payload_hash`` by whoever uses it); the payload dict must not be changed after.
        """
        text = self.__dict__.get(_PAYLOAD_TEXT)
        if text is None:
            text = canonical_json(self.payload).decode("utf-8")
            self.__dict__[_PAYLOAD_TEXT] = text
        return str(text)

    @classmethod
    def with_payload_text(cls, payload_text: str, fields: dict[str, Any]) -> WireEvent:
        """Validate ``fields`` into an event whose payload is known as its canonical JSON text."""
        event = cls.model_validate(fields)
        event.__dict__[_PAYLOAD_TEXT] = payload_text
        return event

    def record_hash(self) -> str:
        """Recompute this event's record hash from its chain fields."""
        return record_hash(
            station_id=self.station_id,
            seq=self.seq,
            uuid=self.uuid,
            hlc=self.hlc,
            type=self.type,
            payload_hash=self.payload_hash,
            sealed_digest=self.sealed_digest,
            prev_hash=self.prev_hash,
        )

    @classmethod
    def from_event(cls, event: ChainedEvent) -> WireEvent:
        """Copy a log event (any object with the chain fields) into its wire form."""
        return cls.model_construct(
            station_id=event.station_id,
            seq=event.seq,
            uuid=event.uuid,
            hlc=event.hlc,
            type=event.type,
            payload=event.payload,
            payload_hash=event.payload_hash,
            sealed_digest=event.sealed_digest,
            prev_hash=event.prev_hash,
            hash=event.hash,
            signature=event.signature,
        )


class PushRequest(_Model):
    """A batch of a station's own events, retried whole until a reply is stored."""

    wire_version: int = WIRE_VERSION
    station_id: str
    local_head_seq: int = Field(ge=0, description="Highest sequence the station holds locally.")
    local_head_hash: str = Field(description="Record hash of that event (genesis hash if none).")
    push_mark: int = Field(ge=0, description="Highest sequence the station believes is stored.")
    events: list[WireEvent] = Field(max_length=MAX_EVENTS)


class Notice(_Model):
    """Something the server noticed that a person should see (never silent)."""

    code: str
    message: str


class PushReply(_Model):
    """The server's answer to a push: what it holds now for this station."""

    wire_version: int = WIRE_VERSION
    station_id: str
    highest_contiguous_seq: int
    head_hash: str
    accepted: int
    duplicates: int
    incidents_raised: list[str] = []
    notices: list[Notice] = []
    receipt: dict[str, Any] | None = Field(
        default=None,
        description="The server's signed receipt of the head it now holds (sync.wire.receipts).",
    )


class PullReply(_Model):
    """A page of the server's feed after the station's cursor (other stations and the server)."""

    wire_version: int = WIRE_VERSION
    epoch: str = Field(description="Feed identity; a change means cursors must restart at 0.")
    cursor: int = Field(description="Store this with the batch, in the same transaction.")
    feed_head: int
    has_more: bool
    events: list[WireEvent]
    notices: list[Notice] = []


class OwnEventsReply(_Model):
    """A station's own events as the server holds them, to repair a station restored from backup."""

    wire_version: int = WIRE_VERSION
    station_id: str
    highest_contiguous_seq: int
    events: list[WireEvent]


class EnrollRequest(_Model):
    """A station's request to enroll, proving it holds the private half of ``public_key``."""

    wire_version: int = WIRE_VERSION
    code: str
    station_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    name: str = ""
    public_key: str = Field(description="Hex raw Ed25519 public key of the station.")
    proof: str = Field(description="Hex signature over enrollment_message(code, id, key).")


class EnrollReply(_Model):
    """What a station pins on enrollment."""

    wire_version: int = WIRE_VERSION
    station_id: str
    clinic_id: str
    server_key_id: str
    server_public_key: str
    server_time: float


class LeaseRequest(_Model):
    """Ask for a short lease on dosing one patient in one session."""

    wire_version: int = WIRE_VERSION
    patient_id: str
    session: str
    ttl_seconds: int = Field(default=120, ge=5, le=900)


class LeaseReply(_Model):
    """The lease outcome; times are the server's, so a station's wrong clock does not matter."""

    wire_version: int = WIRE_VERSION
    outcome: Literal["granted", "held_by_other", "already_dosed"]
    lease_id: str | None = None
    holder_station_id: str | None = None
    ttl_seconds: float = 0.0
    dosed_by_station_id: str | None = None
    message: str = ""


class ErrorReply(_Model):
    """Every refusal carries a stable code and a sentence for people."""

    code: str
    message: str
    server_time: float | None = None
    detail: dict[str, Any] = {}


class Incident(_Model):
    """Something for a person to review, as the server raised it.

    Kinds: a suspected double dose, a daily maximum exceeded, ``bad_event_signature``
    (events of a station whose signatures do not match its key), or ``diverging_chain`` (two
    different histories pushed under one station id: a fork, see ``detail``). An incident about a
    station's own events names the station and the events' sequences and has no patient
    (``patient_id`` and ``session`` empty, no doses).
    """

    incident_id: str
    kind: str
    patient_id: str
    session: str
    status: Literal["open", "resolved"]
    raised_at: str
    doses: list[dict[str, Any]]
    resolved_by: str | None = None
    resolved_at: str | None = None
    resolution_note: str | None = None
    station_id: str | None = None
    seqs: list[int] = Field(default_factory=list)
    detail: dict[str, Any] = Field(default_factory=dict)
    """More about an incident of a station's own events (a fork: both sides, the resolution)."""

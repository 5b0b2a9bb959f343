"""Typed records that flow between the pipeline stages.

A :class:`Doc` is the one object every stage reads and extends, as in spaCy: ``read`` fills the
article, ``segment`` the sentences, ``recognise`` the mentions, ``extract`` the events, and the
time, source and RDF stages complete them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

EntityClass = Literal["Country", "Person", "Organisation", "ArmedForce", "Group", "Region", "City"]
Role = Literal["actor", "recipient", "participant"]
Status = Literal["occurred", "planned", "alleged", "possible", "denied"]
Qualifier = Literal["exact", "about", "more_than", "less_than", "at_least", "up_to"]

PLOVER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ACTOR_CLASSES = ("Country", "Person", "Organisation", "ArmedForce", "Group")
PLACE_CLASSES = ("Country", "Region", "City")
SAID_ACTS = ("03", "10", "110", "111", "112", "113", "114", "116", "12", "13")
"""CAMEO roots of acts done by saying (intent and pledges, demands, disapproval, rejection, threats): a pledge or a
refusal told in the future tense happens when it is said, and a speaker who says one does it. A lawsuit (115) is
filed in a court, not said: one announced for later is planned."""


class Article(BaseModel):
    """One input article: header fields and the body whose offsets evidence refers to."""

    name: str
    title: str
    date: dt.date
    lang: str
    text: str


class Token(BaseModel):
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


class Sentence(BaseModel):
    start: int
    end: int
    text: str
    tokens: list[Token]


class Entity(BaseModel):
    """A gazetteer entry or a name found in text; ``key`` identifies it across articles."""

    key: str
    label: str
    cls: EntityClass
    wikidata: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    country: str | None = None
    title: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Mention(BaseModel):
    """A span of a sentence that names an entity, with the grammatical cases its form allows."""

    sentence: int
    first: int
    last: int
    start: int
    end: int
    text: str
    entity: Entity
    cases: list[str] = Field(default_factory=list)
    preposition: str | None = None
    as_actor: Entity | None = None

    @property
    def actor(self) -> Entity:
        """The entity as an actor: a capital standing for its state (metonymy) yields the state."""
        return self.as_actor or self.entity


class Quantity(BaseModel):
    value: float
    qualifier: Qualifier = "exact"
    unit: str


class Argument(BaseModel):
    role: Role
    entity: Entity


class Evidence(BaseModel):
    text: str
    start: int
    end: int


class Event(BaseModel):
    type: str
    cameo: str
    sentence: int
    trigger: int
    trigger_text: str
    actors: list[Argument] = Field(default_factory=list)
    place: Entity | None = None
    date: str | None = None
    status: Status = "occurred"
    sources: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    evidence: Evidence
    weak: bool = Field(default=False, exclude=True)
    noun: bool = Field(default=False, exclude=True)
    alone: bool = Field(default=False, exclude=True)
    merged: list[int] = Field(default_factory=list, exclude=True)
    retells: tuple[int, int] | None = Field(default=None, exclude=True)
    retold: bool = Field(default=False, exclude=True)  # told again one by one later: dropped once dated
    """(sentence, trigger) of the act told before that this one tells again, e.g. a denial of one's part in it."""


class Doc(BaseModel):
    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

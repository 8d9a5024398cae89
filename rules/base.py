"""What a rule is: a function from a `Document` to hits, with a stable code and name."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from models import Document, Hit, Severity

CheckFn = Callable[[Document, Any], Iterable[Hit]]
_CODE = re.compile(r"^PM[1-5]\d\d$")
_NAME = re.compile(r"^[a-z]+(-[a-z]+)*$")


@dataclass(frozen=True)
class Near:
    """A trigger word that counts only with a companion close by.

    An `anchor` word triggers when a token at most `before` tokens before it or `after`
    tokens after it is in `near` (when given) and passes `test(anchor, token)` (when
    given); with `initial`, when it starts its sentence; with `first`, only among the
    first tokens of its block. The engine checks triggers on the tokenised
    block and a rule checks the same condition on its parsed sentence, so the gate never
    hides what a rule would find.
    """

    anchor: frozenset[str]
    near: frozenset[str] = frozenset()
    before: int = 0
    after: int = 0
    initial: bool = False
    test: Callable[[Any, Any], bool] | None = None
    first: int = 0

    def found(self, doc: Any, i: int) -> bool:
        """Whether the anchor at token `i` of `doc` (a Doc or Span) has its companion."""
        lows, at = lower_words(doc), getattr(doc, "start", 0)  # a Span's tokens are its doc's
        if lows[at + i] not in self.anchor or (self.first and i >= self.first):
            return False
        if self.initial:
            return i == 0 or doc[i].is_sent_start
        if not self.near and not self.test:
            return True
        tok = doc[i]
        for j in range(max(0, i - self.before), min(len(doc), i + 1 + self.after)):
            if j == i:
                continue
            if self.near and lows[at + j] not in self.near:
                continue
            if self.test is None or self.test(tok, doc[j]):
                return True
        return False


def lower_words(doc: Any) -> list[str]:
    """`token.lower_` of every token of a Doc, or of a Span's Doc (cached on the Doc:
    reading a token's text builds a Token object, and rules ask about the same tokens
    thousands of times)."""
    doc = getattr(doc, "doc", doc)
    lows = doc.user_data.get("pmlint_cache_lows")
    if lows is None:
        lows = doc.user_data["pmlint_cache_lows"] = [t.lower_ for t in doc]
    return lows


@dataclass(frozen=True, eq=False)  # identity equality: rules are singletons
class Rule:
    """A registered rule. Call it like the function it wraps: `rule(doc, options)`."""

    code: str
    name: str
    severity: Severity
    check: CheckFn
    options: type[BaseModel] | None = None
    #: Surface forms (lower-case words or phrases) without which the rule cannot fire on a
    #: sentence; the engine parses only sentences that contain one. Empty: not an NLP rule.
    lexicon: frozenset[str] = field(default_factory=frozenset)
    #: Trigger words that count only with a companion nearby ("error" after "Kai's").
    near: tuple[Near, ...] = ()
    #: Which blocks the rule reads: prose, actions (action items), lessons (action items
    #: and "what could be improved" sections) or whys (5-whys answers).
    scope: str = "prose"
    #: Parse every sentence in scope, whatever its words (for rules about whole answers).
    always: bool = False
    nlp: bool = False

    def __call__(self, doc: Document, options: Any = None) -> Iterator[Hit]:
        yield from self.check(doc, options)

    @property
    def doc(self) -> str:
        """The rule's documentation (its docstring, dedented)."""
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.splitlines()[0] if self.doc else ""

    def default_options(self) -> BaseModel | None:
        """The options model with every default, or None for a rule without options."""
        return self.options() if self.options else None


def rule(
    code: str,
    name: str,
    *,
    severity: Severity,
    options: type[BaseModel] | None = None,
    lexicon: Iterable[str] = (),
    near: Iterable[Near] = (),
    scope: str = "prose",
    always: bool = False,
) -> Callable[[CheckFn], Rule]:
    """Register a check function under a stable code and name."""
    if not _CODE.match(code):
        raise ValueError(f"bad rule code {code!r}: expected PM + three digits")
    if not _NAME.match(name):
        raise ValueError(f"bad rule name {name!r}: expected kebab-case")

    if scope not in ("prose", "actions", "lessons", "whys"):
        raise ValueError(f"bad scope {scope!r}")
    near_t = tuple(near)

    def wrap(fn: CheckFn) -> Rule:
        is_nlp = bool(lexicon) or bool(near_t) or always
        return Rule(
            code, name, severity, fn, options, frozenset(lexicon), near_t, scope, always, is_nlp
        )

    return wrap

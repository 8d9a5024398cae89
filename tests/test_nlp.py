"""The NLP layer: sentence splitting, the trigger gate, and the faster attribute ruler."""

from __future__ import annotations

import spacy

from linter import nlp
from linter.document import parse_document
from rules import RULES
from rules.common import split_sentences
from tests.conftest import CORPUS


def corpus_sentences(limit: int = 3000) -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.md")):
        doc = parse_document(path.read_text(encoding="utf-8"))
        for b in doc.prose():
            out.extend(b.text[s:e].replace("\n", " ") for s, e in split_sentences(b.text))
    return out[:limit]


def test_fast_attribute_ruler_sets_exactly_what_the_stock_one_does() -> None:
    # The one place a second copy of the model is loaded: the stock pipeline is the
    # reference the faster matcher must reproduce token for token.
    stock = spacy.load(nlp.model_name(), disable=["ner"])
    fast = nlp.load(nlp.model_name())
    assert isinstance(fast.get_pipe("attribute_ruler").match, nlp.FastAttributeMatch)
    texts = corpus_sentences()
    assert len(texts) > 1000
    for ref, got in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in ref] == [
            (t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in got
        ], ref.text


def test_sentences_split_at_full_stops_not_abbreviations() -> None:
    text = "We paused, e.g. for the v1.2 rollout. Then Dr. Smith paged us! Done?"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "We paused, e.g. for the v1.2 rollout.",
        "Then Dr. Smith paged us!",
        "Done?",
    ]


def test_gate_skips_blocks_without_trigger_words() -> None:
    g = nlp.gate(tuple(r for r in RULES if r.nlp))
    assert not nlp.could_trigger(
        g, "The pods restarted and traffic recovered.", frozenset({"PM101"})
    )
    assert nlp.could_trigger(g, "Dave forgot to renew the certificate.", frozenset({"PM101"}))
    # A Near trigger needs its companion too: "error" alone is not blame.
    assert not nlp.could_trigger(g, "The error rate rose to 5%.", frozenset({"PM101"}))
    assert nlp.could_trigger(g, "It was Kai's error.", frozenset({"PM101"}))


def test_only_triggered_sentences_are_parsed() -> None:
    from linter.engine import lint_text
    from models import Config

    text = "## What happened\n\nThe pods restarted. Traffic recovered. Dave forgot the cert.\n"
    doc = lint_text(text, Config(select=["PM101"])).document
    assert [s.text for s in doc.language("PM101")] == ["Dave forgot the cert."]
    full = lint_text(text, Config(select=["PM101"], full_parse=True)).document
    assert len(full.language("PM101")) == 3


def _pm101_parses(text: str) -> list:
    from linter.engine import lint_text
    from models import Config

    result = lint_text(f"## What happened\n\n{text}\n", Config(select=["PM101"]))
    return [s.parse for s in result.document.language("PM101")], result.findings


def test_entities_are_recognised_only_where_a_label_could_change_the_answer() -> None:
    # "Dave" is spelled as a name and no number or date word is near: whatever the
    # recogniser says, it is a name, so the recogniser does not run.
    parses, findings = _pm101_parses("Dave forgot to renew the certificate.")
    assert [f.rule for f in findings] == ["PM101"]
    assert not parses[0].user_data.get("pmlint_ner_done")
    # "Grace" starts the sentence and is an English word: only the recogniser can say
    # it is a person, so it runs.
    parses, _ = _pm101_parses("Grace forgot to renew the certificate.")
    assert parses[0].user_data.get("pmlint_ner_done")
    # A date word nearby ("Dave Friday" could be one DATE entity, as "Black Friday" is):
    # it runs too, and the name is still a name.
    parses, findings = _pm101_parses("Dave broke prod on Friday.")
    assert parses[0].user_data.get("pmlint_ner_done")
    assert [f.rule for f in findings] == ["PM101"]


def test_the_lemmatizer_index_is_sets() -> None:
    table = nlp.load(nlp.model_name()).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())


def test_run_on_sentences_are_left_to_pm502() -> None:
    from linter.engine import lint_text
    from models import Config

    words = nlp.MAX_SENTENCE_WORDS
    short = "Dave broke prod " + "and then the cache " * ((words - 10) // 4) + "stopped."
    long = "Dave broke prod " + "and then the cache " * (words // 4) + "stopped."
    got = lint_text(f"## Root Cause\n\n{short}\n", Config(select=["PM101", "PM502"]))
    assert {f.rule for f in got.findings} == {"PM101", "PM502"}
    got = lint_text(f"## Root Cause\n\n{long}\n", Config(select=["PM101", "PM502"]))
    assert [f.rule for f in got.findings] == ["PM502"]
    assert got.document.language("PM101") == []


def test_a_paragraph_longer_than_spacys_guard_is_read() -> None:
    from linter.engine import lint_text
    from models import Config

    text = "## Summary\n\n" + "word " * 250_000 + "\n"  # 1.25 million characters
    assert [f.rule for f in lint_text(text, Config(select=["PM502"])).findings] == ["PM502"]


def test_a_long_action_item_of_short_sentences_is_still_read() -> None:
    from linter.engine import lint_text
    from models import Config

    filler = " It matters to us." * 40  # 160 words in short sentences
    for item, rule in [("Retrain Jun on Terraform state handling.", "PM310"),
                       ("Improve monitoring.", "PM301")]:  # fmt: skip
        text = f"## Action Items\n\n- {item}{filler} - @alice - Due 2026-03-15\n"
        assert rule in {f.rule for f in lint_text(text, Config(select=[rule])).findings}

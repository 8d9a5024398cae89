"""What rules read from a document, one concern per module.

Rule modules hold a rule's documentation, its triggers and a little glue. What a parsed
sentence means (who a word names, what makes an action a failure, what asks people to
try harder) lives here, as does where a finding about the whole action-item list sits,
so rules that need the same reading import it from here rather than from each other.

- every language rule: `people` (who a word names), `clauses` (negation, subjects)
- PM101, PM201, PM202: `blame`, from `failure` (with `benign`, `wrong_target`,
  `lapse_phrases`, `verb_forms`), `fault_nouns`, `culprits`, `verdicts`, `singular_they`
- PM102: `who_hunts`, from `who_questions` and `hunting`
- PM103: `counterfactuals`, from `hindsight`
- PM104: `judgments`, from `hedges`
- PM201, PM202: `human_error`
- PM301: `vague_actions`
- PM302, PM301, PM310: `exhortations`, from `exhortation_phrases`, `instructions`,
  `mechanisms`
- PM310: `punishments`, from `punitive`, `sanctions`, `targets`, `mechanisms`
- PM307, PM309: `action_items`
"""

"""Sentence analysis shared by the language rules, one concern per module.

Rule modules hold a rule's documentation, its triggers and a little glue; what a parsed
sentence means (who a word names, what makes an action a failure, what asks people to
try harder) lives here, so rules that need the same reading import it from here rather
than from each other.
"""

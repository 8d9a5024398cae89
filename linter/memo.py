"""Bounded caches of work done on text, keyed by the text itself.

Editors re-send the whole post-mortem on every pause in typing; most of its blocks and
sentences are unchanged, so everything computed from one piece of text (its Markdown
tokens, sentence split, gate verdict, parse, readability) is remembered by content in
an LRU. `clear_all` forgets every one of them, so a benchmark can measure a cold lint.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any

_CACHES: list[Any] = []


def memo(maxsize: int) -> Callable[[Callable], Callable]:
    """`functools.lru_cache(maxsize)`, registered so that `clear_all` can empty it."""

    def wrap(fn: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached

    return wrap


def clear_all() -> None:
    """Forget everything remembered about any text (the model itself stays loaded)."""
    for cached in _CACHES:
        cached.cache_clear()
    for hook in _CLEAR_HOOKS:
        hook()


_CLEAR_HOOKS: list[Callable[[], None]] = []


def on_clear(hook: Callable[[], None]) -> Callable[[], None]:
    """Register a function that empties a cache `memo` does not manage."""
    _CLEAR_HOOKS.append(hook)
    return hook


class LRU:
    """A bounded mapping that forgets the least recently used entry (emptied by
    `clear_all`), for caches whose values are built by more than one function."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = self.misses = 0
        _CLEAR_HOOKS.append(self.clear)

    def get(self, key: Hashable) -> Any:
        """The value, or None (a miss)."""
        try:
            self._data.move_to_end(key)
        except KeyError:
            self.misses += 1
            return None
        self.hits += 1
        return self._data[key]

    def put(self, key: Hashable, value: Any) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

"""Matching a list's header texts to the importer's keys the way a person reads them (issue #19).

A header maps to a key when its folded words contain all the words of one of the key's synonyms
(``core.import_columns``): "Họ và tên / Tên tập thể", "Họ, tên" and "Tên đơn vị, cá nhân" all
name the nominee. The score is the share of the header's words the synonym explains (1.0: the
header is the synonym). Two keys scoring the same, or a best score below :data:`MIN_SCORE`, are
left to the clerk: a wrong guess imports a whole column into the wrong place, an empty one is
seen at once in the mapping step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hagiang_desktop.core.import_columns import COLUMNS, header_fold
from hagiang_desktop.core.vntext import fold

__all__ = ["MIN_SCORE", "HeaderMatch", "match_header", "match_headers", "propose_mapping"]

#: Below this share of the header's words explained, the match is left to the clerk.
MIN_SCORE = 0.34
#: Words that carry no meaning in a header ("Họ và tên", "Tên của tập thể").
_STOP_WORDS = frozenset({"va", "cua", "hoac", "la", "cac", "nhung"})
_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class HeaderMatch:
    """What a header was matched to, and why.

    Attributes:
        key: the key proposed, or None (left to the clerk).
        score: 0–1, the share of the header's words the best synonym explains.
        reason: ``remembered`` (the sender's earlier choice), ``exact``, ``words`` (a synonym's
            words found inside the header), ``tie`` (two keys equally good), ``low`` (too few of
            its words explained), ``taken`` (a better-matching column has the key) or ``none``.
        synonym: the synonym that matched (folded), if any.
        rivals: for a tie, the keys that tied.
    """

    key: str | None
    score: float
    reason: str
    synonym: str = ""
    rivals: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(fold(text)) if w not in _STOP_WORDS)


_SYNONYM_WORDS: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (column.key, frozenset(_words(text)), header_fold(text))
    for column in COLUMNS
    for text in (column.header, *column.synonyms)
    if _words(text)
)


def match_header(header: str) -> HeaderMatch:
    """Match one header text (already converted to Unicode) to a key.

    Args:
        header: the header as the file shows it.

    Returns:
        The match; ``key`` None when no synonym fits, two keys tie or the score is low.
    """
    words = _words(re.sub(r"\(\*\)|\(.*?\)", " ", header)) or _words(header)
    if not words:
        return HeaderMatch(None, 0.0, "none")
    present = set(words)
    folded = header_fold(header)
    best: dict[str, tuple[float, str]] = {}
    for key, synonym_words, synonym in _SYNONYM_WORDS:
        if synonym == folded:
            return HeaderMatch(key, 1.0, "exact", synonym)
        if synonym_words <= present:
            score = round(len(synonym_words) / len(present), 3)
            if score > best.get(key, (0.0, ""))[0]:
                best[key] = (score, synonym)
    if not best:
        return HeaderMatch(None, 0.0, "none")
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    key, (score, synonym) = ranked[0]
    rivals = tuple(k for k, (s, _) in ranked if s == score)
    if len(rivals) > 1:
        return HeaderMatch(None, score, "tie", synonym, rivals)
    if score < MIN_SCORE:
        return HeaderMatch(None, score, "low", synonym)
    return HeaderMatch(key, score, "exact" if score == 1.0 else "words", synonym)


def match_headers(headers: list[str], remembered: dict[str, str | None] | None = None) -> list[HeaderMatch]:
    """Match every header of a row; a key goes to one column only, the best-scoring one.

    Args:
        headers: the header texts (converted to Unicode), in column order.
        remembered: folded header → key (or None, "ignore"), as chosen for this sender before.

    Returns:
        One match per header.
    """
    remembered = remembered or {}
    matches: list[HeaderMatch] = []
    for header in headers:
        folded = header_fold(header)
        if header.strip() and folded in remembered:
            matches.append(HeaderMatch(remembered[folded], 1.0, "remembered"))
        else:
            matches.append(match_header(header) if header.strip() else HeaderMatch(None, 0.0, "none"))
    by_key: dict[str, list[int]] = {}
    for index, match in enumerate(matches):
        if match.key:
            by_key.setdefault(match.key, []).append(index)
    for indexes in by_key.values():
        if len(indexes) < 2:
            continue
        # The sender's remembered choice first, then the higher score, then the more specific
        # synonym ("Họ và tên" over "Tên"), then the leftmost column.
        order = sorted(
            indexes,
            key=lambda i: (
                matches[i].reason != "remembered",
                -matches[i].score,
                -len(matches[i].synonym.split()),
                i,
            ),
        )
        for loser in order[1:]:
            lost = matches[loser]
            matches[loser] = HeaderMatch(None, lost.score, "taken", lost.synonym, (lost.key or "",))
    return matches


def propose_mapping(headers: list[str], remembered: dict[str, str | None] | None = None) -> list[str | None]:
    """Propose a key (or None) per header: the keys of :func:`match_headers`."""
    return [match.key for match in match_headers(headers, remembered)]

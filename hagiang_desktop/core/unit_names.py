"""What a unit's name says about its kind: "Hợp tác xã …", "Trường …", "Thôn …" (#17).

The directory's "Add unit" dialog proposes the kind a typed name announces until the clerk picks
one; a clerk who typed "Trường Tiểu học Lũng Cú" under a commune kept the dialog's first kind
("commune") and the school was judged and headed as a commune.
"""

from __future__ import annotations

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import nfc

__all__ = ["ABBREVIATIONS", "kind_from_name", "kind_under", "word_forms"]

#: What clerks write short for the long words of unit names, folded (core.vntext.fold): a search
#: for "htx lung cu" finds "Hợp tác xã Nông nghiệp Lũng Cú" (#17).
ABBREVIATIONS: dict[str, str] = {
    "htx": "hop tac xa",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "ptdtnt": "pho thong dan toc noi tru",
    "ptdtbt": "pho thong dan toc ban tru",
    "ubnd": "uy ban nhan dan",
    "mttq": "mat tran to quoc",
    "tdp": "to dan pho",
}

#: The kind a new unit most likely has under a parent of a kind ("Add unit" starts on it).
_UNDER: dict[UnitKind, UnitKind] = {
    UnitKind.PROVINCE: UnitKind.DISTRICT,
    UnitKind.DISTRICT: UnitKind.COMMUNE,
    UnitKind.COMMUNE: UnitKind.VILLAGE,
    UnitKind.DEPARTMENT: UnitKind.PUBLIC_UNIT,
    UnitKind.OFFICE: UnitKind.PUBLIC_UNIT,
}

#: First words of a name and the kind they announce, longest first where one begins another.
_PREFIXES: tuple[tuple[str, UnitKind], ...] = (
    ("hợp tác xã", UnitKind.COOPERATIVE),
    ("htx", UnitKind.COOPERATIVE),
    ("trường", UnitKind.SCHOOL),
    ("thôn", UnitKind.VILLAGE),
    ("bản", UnitKind.VILLAGE),
    ("xóm", UnitKind.VILLAGE),
    ("tổ dân phố", UnitKind.VILLAGE),
    ("xã", UnitKind.COMMUNE),
    ("phường", UnitKind.COMMUNE),
    ("thị trấn", UnitKind.COMMUNE),
    ("huyện", UnitKind.DISTRICT),
    ("phòng", UnitKind.OFFICE),
    ("sở", UnitKind.DEPARTMENT),
    ("công ty", UnitKind.ENTERPRISE),
)


def kind_from_name(name: str) -> UnitKind | None:
    """Return the kind a unit's name announces by its first words, or None if it says none.

    Accents count ("Bản Phố Là" is a village, "Ban Dân tộc" is not); case does not.

    Args:
        name: the unit's name as typed.

    Returns:
        The kind, or None ("Hội Nông dân …", "Trung tâm …": several kinds start so).
    """
    text = " ".join(nfc(name).lower().split())
    for prefix, kind in _PREFIXES:
        if text == prefix or text.startswith(f"{prefix} "):
            return kind
    return None


def kind_under(parent_kind: str | None) -> UnitKind:
    """Return the kind a new unit is first offered under a parent of ``parent_kind``.

    A commune's new unit is a village, a district's a commune (#17: "Add unit" always started on
    "commune", even under a commune); without a parent, or under any other kind, a commune.

    Args:
        parent_kind: the parent's kind code, or None.
    """
    try:
        return _UNDER.get(UnitKind(parent_kind), UnitKind.COMMUNE) if parent_kind else UnitKind.COMMUNE
    except ValueError:
        return UnitKind.COMMUNE


def word_forms(word: str) -> tuple[str, ...]:
    """Return a folded search word and what it stands for, if it is a usual abbreviation.

    Args:
        word: one folded word of a search ("htx").

    Returns:
        ``("htx", "hop tac xa")``; ``(word,)`` for any other word.
    """
    long = ABBREVIATIONS.get(word)
    return (word, long) if long else (word,)

"""Who issues, signs and receives an official document, as Nghị định 30/2020 (Phụ lục I) asks.

Plain rules, no database: the services pass units as :class:`Body` values and store what the
office changed (``services.letterhead``). One implementation for every document the program
prints (the list, the covering letter, the forms, the key form, the cover, the follow-up report):

* :func:`heading` — the issuing body's two header lines: a commune's or district's UBND stands
  alone ("ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN", no superior line); an office is headed by its UBND
  ("UBND HUYỆN ĐỒNG VĂN" / "PHÒNG NỘI VỤ"); a department by "UBND TỈNH HÀ GIANG" over its own
  short name, the province not repeated ("SỞ CÔNG THƯƠNG").
* :func:`signature_titles` — the authority lines: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
  TỊCH", "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG", "TL. …", "TUQ. …", "Q. GIÁM ĐỐC".
* :func:`default_letterhead` — each document's defaults by the kind of office that issues it.
* :func:`addressee` — "Kính gửi" of a registration form, by the registering unit's path.
* :func:`break_name` — a long body name on at most two lines, broken between words at the
  natural place ("ỦY BAN NHÂN DÂN / HUYỆN ĐỒNG VĂN", "SỞ CÔNG THƯƠNG / TỈNH HÀ GIANG"), never
  inside a place's name or a term ("THÔNG / TIN"); :func:`break_tiers` ranks the breaks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import nfc

__all__ = [
    "AUTHORITIES",
    "DOCUMENTS",
    "Body",
    "Letterhead",
    "addressee",
    "break_name",
    "break_tiers",
    "default_letterhead",
    "default_signer",
    "has_seal",
    "heading",
    "signature_titles",
    "upper_vi",
]

#: The authority marks of Nghị định 30/2020, art. 13 and Phụ lục I ("" signs in one's own right).
AUTHORITIES = ("TM", "KT", "Q", "TL", "TUQ", "")
#: The documents whose letterhead the office sets one by one.
DOCUMENTS = ("list", "letter", "forms", "key-form")
#: Where a name naturally breaks: before the administrative level ("… / HUYỆN ĐỒNG VĂN").
_NATURAL_BREAKS = ("TỈNH", "HUYỆN", "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "XÃ", "PHƯỜNG", "CHI NHÁNH")
#: Then, for a name without a place in it, before "và" ("PHÒNG VĂN HÓA / VÀ THÔNG TIN").
_WEAK_BREAKS = ("VÀ",)
#: Two-word terms of body names that a line never splits ("THÔNG / TIN", "BÁN / TRÚ").
_COMPOUNDS = frozenset(
    (
        "ỦY BAN",
        "NHÂN DÂN",
        "HỢP TÁC",
        "TÁC XÃ",
        "XÃ HỘI",
        "THÔNG TIN",
        "BÁN TRÚ",
        "NỘI TRÚ",
        "CỘNG SẢN",
        "HỒ CHÍ",
        "CHÍ MINH",
        "CỔ PHẦN",
        "TRÁCH NHIỆM",
        "HỮU HẠN",
        "THÀNH VIÊN",
        "ĐIỆN LỰC",
        "NÔNG NGHIỆP",
        "NÔNG THÔN",
        "PHÁT TRIỂN",
        "DỊCH VỤ",
        "THƯƠNG MẠI",
        "XÂY DỰNG",
        "DU LỊCH",
        "GIÁO DỤC",
        "ĐÀO TẠO",
        "TRUNG HỌC",
        "TIỂU HỌC",
        "MẦM NON",
        "CƠ SỞ",
        "PHỔ THÔNG",
        "DÂN TỘC",
        "VĂN HÓA",
        "VĂN HOÁ",
        "THỂ THAO",
        "TRUYỀN THÔNG",
        "Y TẾ",
        "CÔNG AN",
        "QUÂN SỰ",
        "NỘI VỤ",
        "TÀI CHÍNH",
        "KẾ HOẠCH",
        "ĐẦU TƯ",
        "CÔNG THƯƠNG",
        "TƯ PHÁP",
        "LAO ĐỘNG",
        "THƯƠNG BINH",
        "TÀI NGUYÊN",
        "MÔI TRƯỜNG",
        "KHOA HỌC",
        "CÔNG NGHỆ",
        "GIAO THÔNG",
        "VẬN TẢI",
        "NGÂN HÀNG",
        "CHÍNH SÁCH",
        "BƯU ĐIỆN",
        "VIỄN THÔNG",
        "PHỤ NỮ",
        "NÔNG DÂN",
        "CỰU CHIẾN",
        "CHIẾN BINH",
        "THANH NIÊN",
        "LIÊN HIỆP",
        "MẶT TRẬN",
        "TỔ QUỐC",
        "CHI NHÁNH",
        "TRUNG TÂM",
        "CÔNG TY",
        "KIỂU MẪU",
        "SẢN XUẤT",
        "KINH DOANH",
        "CHẾ BIẾN",
        "KHOÁNG SẢN",
        "THỦY ĐIỆN",
        "VẬT LIỆU",
        "TỔNG HỢP",
        "THI ĐUA",
        "KHEN THƯỞNG",
        "THƯỜNG VỤ",
        "CHỈ HUY",
        "BIÊN PHÒNG",
        "KIỂM LÂM",
        "BẢO HIỂM",
        "KHO BẠC",
        "THỐNG KÊ",
        "NHÀ NƯỚC",
        "HÀNH CHÍNH",
        "SỰ NGHIỆP",
        "ĐOÀN THỂ",
        "XI MĂNG",
        "NGHỀ NGHIỆP",
        "THƯỜNG XUYÊN",
        "KỸ THUẬT",
        "CÔNG TRÌNH",
    )
)
_ADMINISTRATIVE = (UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE)
#: Units whose superior line is whoever they hang under: a school under its Phòng Giáo dục (or
#: its UBND, or its Sở), a village under its commune's UBND (#17).
_UNDER_PARENT = (UnitKind.SCHOOL, UnitKind.VILLAGE)
#: Words never split across two lines or read as a place: "HỢP TÁC XÃ" is not "… / XÃ …".
_FIXED = ("HỢP TÁC XÃ",)
#: Blank for the clerk's pen in "Số:      /DS-UBND" (no-break spaces: PDF and Excel keep them).
_BLANK = "\u00a0" * 10


@dataclass(frozen=True)
class Body:
    """A unit of the directory as the rules need it.

    Attributes:
        kind: a :class:`~hagiang_desktop.core.kinds.UnitKind` value.
        name: the full name ("Huyện Đồng Văn", "Phòng Nội vụ huyện Đồng Văn").
        short_name: the short name ("Đồng Văn", "Phòng Nội vụ"), or "".
        code: the unit's code (for document symbols), or "".
    """

    kind: str
    name: str
    short_name: str = ""
    code: str = ""


@dataclass(frozen=True)
class Letterhead:
    """What an office prints at the top and the bottom of one kind of document.

    Attributes:
        superior: the line above the issuer ("UBND HUYỆN ĐỒNG VĂN"), or "" for none.
        issuer: the issuing body ("ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN").
        symbol: the document symbol after the number ("DS-UBND"); "" prints no number line.
        signer_title: the signer's own title ("PHÓ CHỦ TỊCH").
        signer_name: the signer's name, or "" to leave it for the pen.
        authority: one of :data:`AUTHORITIES`.
        recipients: the "Nơi nhận" lines; for the forms, the "Kính gửi" line that replaces the
            one worked out from each unit's path (empty: worked out).
    """

    superior: str = ""
    issuer: str = ""
    symbol: str = ""
    signer_title: str = ""
    signer_name: str = ""
    authority: str = ""
    recipients: tuple[str, ...] = ()

    def number_line(self) -> str:
        """Return "Số:      /SYMBOL" with a blank for the number, or "" without a symbol."""
        return f"Số:{_BLANK}/{nfc(self.symbol)}" if self.symbol else ""

    def titles(self) -> tuple[str, ...]:
        """Return the signature block's bold lines (:func:`signature_titles`)."""
        return signature_titles(self.issuer, self.authority, self.signer_title)


def upper_vi(text: str) -> str:
    """Return ``text`` in capitals, NFC (Vietnamese letters keep their marks)."""
    return nfc(text).upper()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def body_name(body: Body) -> str:
    """Return how a unit names itself as an issuer, in capitals.

    A commune, district or province is its people's committee ("ỦY BAN NHÂN DÂN XÃ LŨNG CÚ");
    an office, public unit or department of a people's committee uses its short name under it
    ("PHÒNG NỘI VỤ", "SỞ CÔNG THƯƠNG"); anything else its full name.
    """
    if body.kind in _ADMINISTRATIVE:
        return upper_vi(f"Ủy ban nhân dân {body.name}")
    if body.kind in (UnitKind.OFFICE, UnitKind.PUBLIC_UNIT, UnitKind.DEPARTMENT) and body.short_name:
        return upper_vi(body.short_name)
    return upper_vi(body.name)


def heading(body: Body, parent: Body | None) -> tuple[str, str]:
    """Return (superior line, issuer) for a unit issuing a document itself.

    Args:
        body: the issuing unit.
        parent: its parent in the directory, if any.

    Returns:
        The superior line ("" for none) and the issuer, both in capitals.
    """
    issuer = body_name(body)
    if body.kind in _ADMINISTRATIVE or parent is None:
        return "", issuer  # a people's committee has no superior line
    if body.kind in _UNDER_PARENT:
        # "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỒNG VĂN" / "TRƯỜNG TIỂU HỌC LŨNG CÚ": the place named.
        if parent.kind in _ADMINISTRATIVE:
            return upper_vi(f"UBND {parent.name}"), issuer
        return upper_vi(parent.name), issuer
    if body.kind not in (UnitKind.OFFICE, UnitKind.PUBLIC_UNIT, UnitKind.DEPARTMENT):
        return "", issuer  # an enterprise, a mass organisation, an association heads itself
    if parent.kind in _ADMINISTRATIVE:
        return upper_vi(f"UBND {parent.name}"), issuer
    return body_name(parent), issuer


def _collective_and_head(issuer: str) -> tuple[str, str]:
    """Return the collective body (for "TM.") and the head's title (for "KT.", "TL."…)."""
    text = upper_vi(issuer)
    if text.startswith(("ỦY BAN NHÂN DÂN", "UBND")):
        return "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    if text.startswith(("HỢP TÁC XÃ", "HTX")):
        return "", "GIÁM ĐỐC"
    village = _village_head(text)
    if village:
        return "", village
    if text.startswith("SỞ"):
        return "", "GIÁM ĐỐC"
    if text.startswith("VĂN PHÒNG"):
        return "", "CHÁNH VĂN PHÒNG"
    if text.startswith("PHÒNG"):
        return "", "TRƯỞNG PHÒNG"
    if text.startswith(("BAN", "THANH TRA")):
        return "", "TRƯỞNG BAN" if text.startswith("BAN") else "CHÁNH THANH TRA"
    if text.startswith(("HỘI", "LIÊN ĐOÀN", "ỦY BAN MẶT TRẬN", "ĐOÀN", "TỈNH ĐOÀN")):
        head = "BÍ THƯ" if text.startswith(("ĐOÀN", "TỈNH ĐOÀN")) else "CHỦ TỊCH"
        return "BAN THƯỜNG VỤ", head
    if text.startswith(("CÔNG TY", "NGÂN HÀNG", "TRUNG TÂM", "BƯU ĐIỆN", "VIỄN THÔNG", "VIETTEL")):
        return "", "GIÁM ĐỐC"
    if text.startswith("TRƯỜNG"):
        return "", "HIỆU TRƯỞNG"
    return "", "THỦ TRƯỞNG ĐƠN VỊ"


def _village_head(text: str) -> str:
    """The head of a thôn, bản, xóm or tổ dân phố by its name's first word, or ""."""
    for prefix, head in (
        ("THÔN", "TRƯỞNG THÔN"),
        ("BẢN", "TRƯỞNG BẢN"),
        ("XÓM", "TRƯỞNG XÓM"),
        ("TỔ DÂN PHỐ", "TỔ TRƯỞNG TỔ DÂN PHỐ"),
    ):
        if text == prefix or text.startswith(f"{prefix} "):
            return head
    return ""


def signature_titles(issuer: str, authority: str, signer_title: str) -> tuple[str, ...]:
    """Return the bold lines of a signature block (Nghị định 30/2020, Phụ lục I, mục II.8).

    Examples:
        ("ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN", "KT", "PHÓ CHỦ TỊCH") →
        ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        ("PHÒNG NỘI VỤ", "", "TRƯỞNG PHÒNG") → ("TRƯỞNG PHÒNG",).

    Args:
        issuer: the issuing body (its kind of head is read from its name).
        authority: one of :data:`AUTHORITIES`.
        signer_title: the signer's own title.

    Returns:
        The lines, in capitals.
    """
    collective, head = _collective_and_head(issuer)
    title = upper_vi(signer_title)
    mark = authority.strip().upper().rstrip(".")
    lines: list[str] = []
    if mark == "TM":
        lines = [f"TM. {collective or body_short(issuer)}", title or head]
    elif mark == "KT":
        lines = [f"TM. {collective}"] if collective else []
        lines += [f"KT. {head}", title or f"PHÓ {head}"]
    elif mark == "Q":
        lines = [f"Q. {title or head}"]
    elif mark in ("TL", "TUQ"):
        lines = [f"{mark}. {head}", title]
    else:
        lines = [title or head]
    return tuple(line for line in lines if line)


def body_short(issuer: str) -> str:
    """Return a body's name without its place, for "TM. …" ("ỦY BAN NHÂN DÂN")."""
    text = upper_vi(issuer)
    for marker in _NATURAL_BREAKS:
        at = text.find(f" {marker} ")
        if at > 0 and not _splits_fixed(text[:at], text[at + 1 :]):
            return text[:at]
    return text


def _splits_fixed(first: str, rest: str) -> bool:
    """Whether breaking ``first`` / ``rest`` would cut a fixed phrase ("HỢP TÁC / XÃ …")."""
    text = f"{first} {rest}".upper()
    at = len(first)
    for phrase in _FIXED:
        start = text.find(phrase)
        while start >= 0:
            if start < at < start + len(phrase):
                return True
            start = text.find(phrase, start + 1)
    return False


def default_signer(body: Body) -> tuple[str, str]:
    """Return (authority, signer title) a unit signs with by default.

    A people's committee signs collectively through a vice-chairman ("TM." + "KT. CHỦ TỊCH" +
    "PHÓ CHỦ TỊCH"), as a district's list usually is; any other body through its head.
    """
    issuer = body_name(body)
    collective, head = _collective_and_head(issuer)
    if body.kind in _ADMINISTRATIVE:
        return "KT", "PHÓ CHỦ TỊCH"
    # The kind decides where the name does not say it ("Lô Lô Chải" is still a village).
    if body.kind == UnitKind.COOPERATIVE:
        return "", "GIÁM ĐỐC"
    if body.kind == UnitKind.SCHOOL:
        return "", "HIỆU TRƯỞNG"
    if body.kind == UnitKind.VILLAGE:
        return "", _village_head(upper_vi(body.name)) or "TRƯỞNG THÔN"
    if collective:
        return "TM", head
    return "", head


def has_seal(body: Body) -> bool:
    """Whether a unit's head stamps what he signs: a village (thôn, bản, tổ dân phố) has no seal."""
    return body.kind != UnitKind.VILLAGE


def _symbol_suffix(code: str) -> str:
    """The unit's abbreviation from its code ("02-SCT" → "SCT", "026-NV" → "NV")."""
    return code.rsplit("-", 1)[-1] if "-" in code else ""


def default_letterhead(
    document: str, office: Body, parent: Body | None, *, recipient: str, issuing_body: Body | None = None
) -> Letterhead:
    """Return a document's letterhead before the office changes anything.

    The list, the covering letter and the key form of a district's office are issued by the
    district's people's committee (the plan has UBND huyện register its list with the
    province), signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; a commune, a
    department, an enterprise or any other body issues its own.

    Args:
        document: one of :data:`DOCUMENTS`.
        office: the unit this installation works for.
        parent: the office's parent, if any.
        recipient: who receives the list upward (the plan's words).
        issuing_body: the body that issues the office's documents (a district for its office);
            None: the office itself.

    Returns:
        The defaults.
    """
    body = issuing_body or office
    body_parent = parent if body is office else None
    superior, issuer = heading(body, body_parent)
    authority, title = default_signer(body)
    own = _symbol_suffix(office.code)
    short = "UBND" if body.kind in _ADMINISTRATIVE else _symbol_suffix(body.code) or own or "DV"
    keep = f"Lưu: VT, {own}" if own else "Lưu: VT"
    symbols = {
        "list": f"DS-{short}",
        "letter": f"{short}-{own}" if own and own != short else short,
        "key-form": f"{short}-{own}" if own and own != short else short,
        "forms": "",
    }
    recipients: dict[str, tuple[str, ...]] = {
        "list": (recipient, keep),
        "letter": ("Như trên", keep),
        "key-form": ("Như trên", keep),
        "forms": (),
    }
    return Letterhead(
        superior=superior,
        issuer=issuer,
        symbol=symbols.get(document, ""),
        signer_title=title,
        authority=authority,
        recipients=recipients.get(document, ()),
    )


def addressee(path: Sequence[Body], recipient: str) -> str:
    """Return the "Kính gửi" of a registration form, by the registering unit's path.

    Args:
        path: the registering unit, then its parent, and so on up to the top.
        recipient: who the province's bodies register with (the plan's words).

    Returns:
        "UBND huyện Đồng Văn (qua Phòng Nội vụ)" for a unit under a district;
        "UBND huyện Đồng Văn" for the district's own offices; "Giám đốc Sở Công Thương (qua bộ
        phận thi đua, khen thưởng)" for a department's units and the department itself (its head
        registers them, plan III.1.1); ``recipient`` for a district.
    """
    if not path:
        return recipient
    unit = path[0]
    if unit.kind in (UnitKind.DISTRICT, UnitKind.PROVINCE):
        return recipient
    if unit.kind == UnitKind.VILLAGE and len(path) > 1 and path[1].kind == UnitKind.COMMUNE:
        return f"UBND {_lower_first(path[1].name)}"  # a village registers through its commune
    for i, body in enumerate(path[1:], 1):
        if body.kind == UnitKind.DISTRICT:
            district = f"UBND {_lower_first(body.name)}"
            own_office = i == 1 and unit.kind in (UnitKind.OFFICE, UnitKind.PUBLIC_UNIT)
            return district if own_office else f"{district} (qua Phòng Nội vụ)"
        if body.kind == UnitKind.PROVINCE:
            provincial = path[i - 1]
            _collective, head = _collective_and_head(body_name(provincial))
            who = "Thủ trưởng" if head == "THỦ TRƯỞNG ĐƠN VỊ" else head.capitalize()
            return f"{who} {provincial.name} (qua bộ phận thi đua, khen thưởng)"
    return recipient


def _marker_at(words: Sequence[str], i: int) -> str | None:
    """The administrative level that starts at ``words[i]`` (a line may start there), if any.

    "XÃ" is a commune only on its own: not in "XÃ HỘI", "HỢP TÁC XÃ" or "THỊ XÃ".
    """
    upper = [w.upper() for w in words]
    for marker in _NATURAL_BREAKS:
        parts = marker.split(" ")
        if upper[i : i + len(parts)] != parts:
            continue
        if marker == "XÃ" and (
            upper[i + 1 : i + 2] == ["HỘI"]
            or upper[max(0, i - 2) : i] == ["HỢP", "TÁC"]
            or upper[i - 1] == "THỊ"
        ):
            return None
        return marker
    return None


def break_tiers(text: str) -> list[list[tuple[str, str]]]:
    """Return a name's two-line breaks, grouped from the most natural to the least.

    1. Before the administrative level ("SỞ CÔNG THƯƠNG / TỈNH HÀ GIANG"), the broader level
       first (:data:`_NATURAL_BREAKS` order).
    2. Between phrases: before "và", after a comma ("PHÒNG VĂN HÓA / VÀ THÔNG TIN"), after a
       fixed opening ("HỢP TÁC XÃ / NÔNG NGHIỆP LŨNG CÚ"), the most even first.
    3. Between any two words that do not belong together: not inside a place's name after its
       level, not inside a common two-word term (:data:`_COMPOUNDS`), not after "và" or a
       dash, the most even first.
    4. Between any two words, the most even first.

    Args:
        text: the name, in capitals, on one line.

    Returns:
        Four lists of (first line, second line).
    """
    words = " ".join(nfc(text).split()).split(" ")
    pairs = {i: (" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))}

    def evenly(indices: list[int]) -> list[tuple[str, str]]:
        return [pairs[i] for i in sorted(indices, key=lambda i: abs(len(pairs[i][0]) - len(pairs[i][1])))]

    natural = sorted(
        (i for i in pairs if _marker_at(words, i)),
        key=lambda i: (_NATURAL_BREAKS.index(_marker_at(words, i) or ""), i),
    )
    phrases = [
        i
        for i in pairs
        if words[i].upper() in _WEAK_BREAKS
        or words[i - 1].endswith(",")
        or pairs[i][0].upper() in _FIXED  # "HỢP TÁC XÃ / NÔNG NGHIỆP LŨNG CÚ"
    ]
    place_from = min((i for i in range(len(words)) if _marker_at(words, i)), default=len(words))
    loose = [
        i
        for i in pairs
        if not place_from < i <= len(words)  # inside "TỈNH HÀ GIANG"
        and f"{words[i - 1]} {words[i]}".upper() not in _COMPOUNDS
        and words[i - 1].upper() not in (*_WEAK_BREAKS, "-", "–")  # no line ends with "VÀ"
    ]
    return [[pairs[i] for i in natural], evenly(phrases), evenly(loose), evenly(list(pairs))]


def break_name(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Break a body's name into at most two lines, between words, at the natural place.

    The first kind of break in :func:`break_tiers` whose two lines fit wins; a name that fits
    stays on one line.

    Args:
        text: the name.
        fits: tells whether a line fits the column.

    Returns:
        One line when it fits, else two (they may still be too wide for a very long name: the
        caller then shrinks the type, see ``exports.pdf_common.name_lines``).
    """
    text = " ".join(nfc(text).split())
    if fits(text) or " " not in text:
        return [text]
    tiers = break_tiers(text)
    for tier in tiers:
        for first, second in tier:
            if fits(first) and fits(second):
                return [first, second]
    return list((tiers[2] or tiers[3])[0])  # the most even pair of words that belong apart

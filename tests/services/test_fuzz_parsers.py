"""Fuzzing the parse boundaries (#20): signatures, bundle zips, the three JSON schemas, xlsx/csv.

Each parser may accept or refuse, but refuse only with its own typed error (which the CLI and the
UI print as one line); no other exception may escape. ``make test`` runs a bounded number of
examples per test (``HAGIANG_FUZZ_EXAMPLES``, default 40); ``make fuzz`` runs thousands.
"""

from __future__ import annotations

import functools
import io
import json
import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hagiang_desktop.exports import schemas, signing
from hagiang_desktop.exports.bundle import (
    BundleHeader,
    BundleProblem,
    read_bundle,
    write_bundle,
)
from hagiang_desktop.exports.sources import SourceProblem, read_source

EXAMPLES = int(os.environ.get("HAGIANG_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PASS = "mật khẩu fuzz 1"


@functools.cache
def _identity() -> signing.NewIdentity:
    return signing.create_identity("026-NV", "Phòng Nội vụ huyện Đồng Văn", PASS)


@functools.cache
def _key() -> signing.UnlockedKey:
    return signing.unlock(_identity().p12, PASS)


@functools.cache
def _trusted() -> list[bytes]:
    return [signing.pem_to_der(_identity().cert_pem)]


MANIFEST = b'{"format": "hagiang-bundle"}\n'


@functools.cache
def _signature() -> bytes:
    return _key().sign(MANIFEST)


def _attempt(call, errors: type[Exception]) -> Exception | None:  # type: ignore[no-untyped-def]
    """Run ``call``; return its typed refusal, or None if it accepted. Anything else propagates."""
    try:
        call()
    except errors as error:
        return error
    return None


def _mutate(data: bytes, draw) -> bytes:  # type: ignore[no-untyped-def]
    """Flip, cut, insert or overwrite a few bytes of ``data``."""
    raw = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "set"]))
        at = draw(st.integers(0, max(len(raw) - 1, 0)))
        if action == "flip" and raw:
            raw[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del raw[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif raw:
            raw[at] = draw(st.integers(0, 255))
    return bytes(raw)


# --- the signature parser -----------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_mutated_signatures_are_refused_only_as_signing_problems(data):
    signature = _mutate(_signature(), data.draw)
    problem = _attempt(
        lambda: signing.verify_detached(MANIFEST, signature, _trusted()), signing.SigningProblem
    )
    assert problem is None or (problem.code) and ("\n" not in problem.detail)


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_signature(signature):
    problem = _attempt(
        lambda: signing.verify_detached(MANIFEST, signature, _trusted()), signing.SigningProblem
    )
    assert problem is None or (problem.code)


@FUZZ
@given(data=st.data())
def test_mutated_certificates_are_refused_only_as_signing_problems(data):
    pem = _identity().cert_pem.encode()
    der = signing.pem_to_der(_identity().cert_pem)
    blob = _mutate(data.draw(st.sampled_from([pem, der])), data.draw)
    problem = _attempt(
        lambda: signing.check_trustable(signing.load_certificate(blob)), signing.SigningProblem
    )
    assert problem is None or (problem.code)


# --- the bundle's zip -------------------------------------------------------------------------


@functools.cache
def _bundle_bytes() -> bytes:
    import tempfile

    header = BundleHeader(
        kind="submission",
        plan_id="127/KH-UBND",
        sender_code="026-NV",
        sender_name="Phòng Nội vụ huyện Đồng Văn",
        recipient_code="02-SNV",
        recipient_name="Sở Nội vụ tỉnh Hà Giang",
        sequence=1,
        created_at=datetime(2018, 4, 25, 9, 0, tzinfo=UTC),
        program_version="fuzz",
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "goi.zip"
        write_bundle(path, header, {"data.json": b'{"x": 1}\n', "cover.pdf": b"%PDF-1.7 fuzz"}, _key().sign)
        return path.read_bytes()


@FUZZ
@given(data=st.data())
def test_mutated_bundles_are_refused_only_as_bundle_problems(tmp_path, data):
    raw = _bundle_bytes()
    # Most mutations go to the headers: the local header, and the central directory at the end.
    where = data.draw(st.sampled_from(["start", "end", "anywhere"]))
    if where == "start":
        mutated = _mutate(raw[:120], data.draw) + raw[120:]
    elif where == "end":
        mutated = raw[:-200] + _mutate(raw[-200:], data.draw)
    else:
        mutated = _mutate(raw, data.draw)
    path = tmp_path / "goi.zip"
    path.write_bytes(mutated)
    problem = _attempt(lambda: read_bundle(path, _trusted()), BundleProblem)
    assert problem is None or (problem.code) and ("\n" not in problem.detail)


# --- the three JSON schemas -------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)

VALID = {
    "manifest": {
        "format": "hagiang-bundle",
        "format_version": 1,
        "kind": "submission",
        "plan_id": "127/KH-UBND",
        "sender": {"code": "026-NV", "name": "Phòng Nội vụ"},
        "recipient": {"code": "02-SNV", "name": "Sở Nội vụ"},
        "sequence": 3,
        "supplement": False,
        "created_at": "2018-04-25T09:12:44+07:00",
        "program_version": "0.1.0",
        "files": [{"path": "data.json", "sha256": "0" * 64, "size": 10}],
    },
    "data": {
        "schema": schemas.DATA_SCHEMA,
        "plan_id": "127/KH-UBND",
        "sender_code": "026-NV",
        "supplement": True,
        "units": [{"code": "02608", "name": "Xã Sính Lủng", "kind": "commune", "parent_code": "026"}],
        "nominations": [
            {
                "uid": "0b6f",
                "year": 2018,
                "kind": "collective",
                "field_code": "2.5",
                "name": "Đoàn Thanh niên",
                "registering_unit_code": "02608",
                "registering_unit_name": "Xã Sính Lủng",
                "status": "selected",
                "eligible": True,
                "is_supplement": False,
                "received_on": "2018-04-10",
                "criteria": [{"code": "2.5.a.1", "met": True, "evidence": "Biên bản"}],
            }
        ],
    },
    "return": {
        "schema": "hagiang-return/1",
        "returns": [
            {"uid": "0b6f", "name": "x", "reason": "Thiếu", "returned_at": "2018-04-28T10:00:00+07:00"}
        ],
    },
}
PARSERS = {"manifest": schemas.parse_manifest, "data": schemas.parse_data, "return": schemas.parse_return}


def _replace_somewhere(document, value, path):  # type: ignore[no-untyped-def]
    """Put ``value`` at the place ``path`` (a list of choices) leads to in a copy of ``document``."""
    copy = json.loads(json.dumps(document))
    node = copy
    for choice in path:
        if isinstance(node, dict) and node:
            key = sorted(node)[choice % len(node)]
            if not isinstance(node[key], dict | list) or not node[key]:
                node[key] = value
                return copy
            node = node[key]
        elif isinstance(node, list) and node:
            node = node[choice % len(node)]
        else:
            break
    return value if node is copy else copy


@FUZZ
@given(
    which=st.sampled_from(sorted(VALID)),
    value=JSON,
    path=st.lists(st.integers(0, 50), min_size=1, max_size=6),
)
def test_documents_with_one_value_replaced(which, value, path):
    raw = json.dumps(_replace_somewhere(VALID[which], value, path), ensure_ascii=False).encode()
    problem = _attempt(lambda: PARSERS[which](raw), schemas.SchemaError)
    assert problem is None or (str(problem))


@FUZZ
@given(
    which=st.sampled_from(sorted(VALID)),
    raw=st.binary(max_size=400) | JSON.map(lambda v: json.dumps(v).encode()),
)
def test_any_bytes_as_a_document(which, raw):
    problem = _attempt(lambda: PARSERS[which](raw), schemas.SchemaError)
    assert problem is None or (str(problem))


def test_the_valid_documents_are_valid():
    for which, document in VALID.items():
        PARSERS[which](json.dumps(document).encode())


# --- xlsx and csv readers ---------------------------------------------------------------------


@functools.cache
def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Tên mô hình", "Lĩnh vực", "Đơn vị"])
    book.active.append(["Đoàn Thanh niên xã Lũng Cú", "2.5", "Lũng Cú"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(data=st.data())
def test_mutated_workbooks_are_refused_only_as_source_problems(tmp_path, data):
    raw = _xlsx_bytes()
    member = data.draw(st.sampled_from(["bytes", "xl/worksheets/sheet1.xml", "xl/workbook.xml"]))
    if member == "bytes":
        mutated = _mutate(raw, data.draw)
    else:  # a damaged part inside a sound zip: the XML parsers' errors
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(buffer, "w") as out:
            for info in src.infolist():
                body = src.read(info.filename)
                out.writestr(info.filename, _mutate(body, data.draw) if info.filename == member else body)
        mutated = buffer.getvalue()
    path = tmp_path / "ds.xlsx"
    path.write_bytes(mutated)
    problem = _attempt(lambda: read_source(path), SourceProblem)
    assert problem is None or (problem.code)


@FUZZ
@given(
    rows=st.lists(st.lists(st.text(max_size=15), max_size=8), max_size=12),
    sep=st.sampled_from([",", ";", "\t"]),
)
def test_any_csv_text(tmp_path, rows, sep):
    path = tmp_path / "ds.csv"
    text = "Tên mô hình,Lĩnh vực\n" + "\n".join(sep.join(row) for row in rows)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    problem = _attempt(lambda: read_source(path), SourceProblem)
    assert problem is None or (problem.code)

"""The bundle tests' slow set-up, made once per session (see ``tests/services/conftest.py``).

Two RSA keys, the demo district with its key after building bundle number 1, and the province's
inbox trusting the district: as files, and as server databases for the tests that run on both
engines. Defined once for the folder (a session fixture imported into several test modules ran
once per module).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hagiang_desktop.exports import signing
from hagiang_desktop.services import bundles, keys, scope
from hagiang_desktop.services.bundles import BuiltBundle
from hagiang_desktop.services.workspace import open_workspace
from tests.pg_server import PgCluster

PASS = "mật khẩu Đồng Văn"
PROVINCE_PASS = "Ban thi đua tỉnh"


def make_templates(folder: Path, demo: Path) -> tuple[Path, BuiltBundle]:
    """Make the slow parts once: two RSA keys, the built district database, the province inbox."""
    district_p12 = folder / "district.p12"
    district_p12.write_bytes(signing.create_identity("026-NV", "Phòng Nội vụ huyện Đồng Văn", PASS).p12)
    province_p12 = folder / "province.p12"
    province_p12.write_bytes(signing.create_identity("02-SNV", "Sở Nội vụ tỉnh Hà Giang", PROVINCE_PASS).p12)
    district_db = folder / "district.sqlite3"
    shutil.copyfile(demo, district_db)
    ws = open_workspace(district_db)
    keys.restore_key(ws, district_p12, PASS)  # the service path of a clerk's new PC
    keys.export_certificate(ws, folder / "dong-van.pem")
    built = bundles.build_bundle(ws, folder / "dong-van-1.zip", PASS)
    ws.close()
    province_db = folder / "province.sqlite3"
    ws = open_workspace(province_db)
    scope.set_office(ws, "02-SNV")
    keys.restore_key(ws, province_p12, PROVINCE_PASS)
    bundles.add_trusted(ws, (folder / "dong-van.pem").read_bytes())
    ws.close()
    return folder, built


def make_server_templates(
    folder: Path, pg_cluster: PgCluster, pg_template: str, pg_demo_template: str
) -> dict[str, str]:
    """The district and the province inbox as server databases, made like the files (#22)."""
    pg_cluster.admin(f"CREATE DATABASE hagiang_district TEMPLATE {pg_demo_template}")
    ws = open_workspace(pg_cluster.url("hagiang_district"))
    try:
        keys.restore_key(ws, folder / "district.p12", PASS)
        bundles.build_bundle(ws, folder / "dong-van-1-server.zip", PASS)  # number 1, as the file's
    finally:
        ws.close()
    pg_cluster.admin(f"CREATE DATABASE hagiang_province TEMPLATE {pg_template}")
    ws = open_workspace(pg_cluster.url("hagiang_province"))
    try:
        scope.set_office(ws, "02-SNV")
        keys.restore_key(ws, folder / "province.p12", PROVINCE_PASS)
        bundles.add_trusted(ws, (folder / "dong-van.pem").read_bytes())
    finally:
        ws.close()
    return {"district.sqlite3": "hagiang_district", "province.sqlite3": "hagiang_province"}

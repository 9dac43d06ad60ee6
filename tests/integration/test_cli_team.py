"""Hand-out, merge, agreement and exchange from the command line, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import sbcoder

TEXT = (
    "Bewoner: Er is meer vertrouwen sinds de burendag.\n"
    "Bewoner: Maar de gemeente heeft te weinig middelen.\n"
)


def test_two_coders_hand_out_code_merge_and_agree(tmp_path: Path) -> None:
    (tmp_path / "i1.txt").write_text(TEXT, encoding="utf-8")
    sbcoder("new", "master.sbc", "--template", "cimo", cwd=tmp_path)
    sbcoder("import", "master.sbc", "i1.txt", cwd=tmp_path)
    for coder in ("Anna", "Bram"):
        handout = json.loads(
            sbcoder(
                "handout", "master.sbc", f"{coder}.sbc", "--coder", coder, "--json", cwd=tmp_path
            ).stdout
        )
        assert handout["coder_name"] == coder and handout["documents"] == 1
    sbcoder(
        "code",
        "Anna.sbc",
        "--doc",
        "i1",
        "--start",
        "9",
        "--end",
        "49",
        "--code",
        "Mechanisme/Versterkend/Vertrouwen",
        cwd=tmp_path,
    )
    sbcoder(
        "code",
        "Bram.sbc",
        "--doc",
        "i1",
        "--start",
        "13",
        "--end",
        "49",
        "--code",
        "Mechanisme/Versterkend/Vertrouwen",
        cwd=tmp_path,
    )
    sbcoder(
        "code",
        "Bram.sbc",
        "--doc",
        "i1",
        "--start",
        "60",
        "--end",
        "101",
        "--code",
        "Mechanisme/Remmend/Beperkte middelen",
        cwd=tmp_path,
    )
    dry = json.loads(
        sbcoder(
            "merge", "master.sbc", "Anna.sbc", "Bram.sbc", "--dry-run", "--json", cwd=tmp_path
        ).stdout
    )
    assert dry["counts"]["codings"]["added"] == 3 and not dry["committed"]
    assert (
        json.loads(sbcoder("quotations", "master.sbc", "--json", cwd=tmp_path).stdout)["quotations"]
        == []
    )
    merged = json.loads(
        sbcoder("merge", "master.sbc", "Anna.sbc", "Bram.sbc", "--json", cwd=tmp_path).stdout
    )
    assert merged["counts"]["codings"]["added"] == 3
    again = json.loads(
        sbcoder("merge", "master.sbc", "Bram.sbc", "Anna.sbc", "--json", cwd=tmp_path).stdout
    )
    assert again["counts"]["codings"]["added"] == 0
    quotations = json.loads(sbcoder("quotations", "master.sbc", "--json", cwd=tmp_path).stdout)[
        "quotations"
    ]
    assert sorted(q["coder"] for q in quotations) == ["Anna", "Bram", "Bram"]
    report = json.loads(
        sbcoder(
            "agreement",
            "master.sbc",
            "--coders",
            "Anna,Bram",
            "--json",
            "--xlsx",
            "agreement.xlsx",
            cwd=tmp_path,
        ).stdout
    )
    per_code = {row["code"]: row for row in report["per_code"]}
    trust = per_code["Mechanisme/Versterkend/Vertrouwen"]
    # Characters of the text: Anna coded 40, Bram 36 of them, all 36 shared.
    length = len(TEXT)
    assert abs(trust["percent_agreement"] - 100 * (length - 4) / length) < 1e-6
    assert (tmp_path / "agreement.xlsx").stat().st_size > 0
    sentence = json.loads(
        sbcoder(
            "agreement",
            "master.sbc",
            "--coders",
            "Anna,Bram",
            "--unit",
            "sentence",
            "--json",
            cwd=tmp_path,
        ).stdout
    )
    assert sentence["unit"] == "sentence"


def test_export_and_reimport_through_qdpx(tmp_path: Path) -> None:
    (tmp_path / "i1.txt").write_text(TEXT, encoding="utf-8")
    sbcoder("new", "p.sbc", "--template", "cimo", cwd=tmp_path)
    sbcoder("import", "p.sbc", "i1.txt", cwd=tmp_path)
    sbcoder(
        "code",
        "p.sbc",
        "--doc",
        "i1",
        "--start",
        "9",
        "--end",
        "49",
        "--code",
        "Context",
        cwd=tmp_path,
    )
    sbcoder("export", "p.sbc", "p.qdpx", cwd=tmp_path)
    result = json.loads(sbcoder("import-qdpx", "copy.sbc", "p.qdpx", "--json", cwd=tmp_path).stdout)
    assert result["counts"]["codings"] == 1
    original = json.loads(sbcoder("quotations", "p.sbc", "--json", cwd=tmp_path).stdout)
    copy = json.loads(sbcoder("quotations", "copy.sbc", "--json", cwd=tmp_path).stdout)
    assert [(q["uuid"], q["text"], q["codes"]) for q in copy["quotations"]] == [
        (q["uuid"], q["text"], q["codes"]) for q in original["quotations"]
    ]
    failed = sbcoder("export", "p.sbc", "p.doc", cwd=tmp_path, ok=False)
    assert failed.returncode == 1 and ".xlsx, .csv, .qdpx or .qdc" in failed.stderr

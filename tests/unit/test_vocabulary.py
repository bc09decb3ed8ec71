"""The vocabulary's labels are complete in both languages."""

import json
import re

from domain.vocabulary import (
    ALL_ENUMS,
    RESOURCE,
    BuyingRole,
    ChannelType,
    SalesStep,
    choices,
    label,
)

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_code_has_a_chinese_and_an_english_label():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    for enum in ALL_ENUMS:
        entries = data[enum.__name__]
        for member in enum:
            assert CJK.search(entries[member.value]["zh_CN"]), (enum.__name__, member)
            assert entries[member.value]["en"].strip(), (enum.__name__, member)


def test_the_labels_file_names_no_code_the_product_does_not_know():
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    known = {e.__name__: {m.value for m in e} for e in ALL_ENUMS}
    assert set(data) == set(known)
    for name, entries in data.items():
        assert set(entries) == known[name], name


def test_labels_use_the_seeds_terms():
    assert label(ChannelType.DEALER) == "经销商"
    assert label(BuyingRole.GATEKEEPER, "en") == "Technical / financial gatekeeper"
    assert [code for code, _ in choices(SalesStep)] == [
        "analyse",
        "trust",
        "needs",
        "value",
        "commitment",
        "collect",
    ]
    assert choices(SalesStep, "zh_CN")[0] == ("analyse", "客户分析")


def test_an_unknown_language_falls_back_to_chinese():
    assert label(ChannelType.AGENT, "fr") == "代理"

"""Record ids derived from natural keys are the standard name-based UUIDs: a laptop and a
supervisor (or an older version of inspector) derive the same id for the same key."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from inspector.interchange import RECORD_NAMESPACE, derived_id


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_derived_ids_are_uuid5_of_the_joined_key(parts: list[str]) -> None:
    try:
        "/".join(parts).encode()
    except UnicodeEncodeError:  # lone surrogates: no key of a record is one
        return
    assert derived_id(*parts) == str(uuid.uuid5(uuid.UUID(RECORD_NAMESPACE), "/".join(parts)))


def test_a_known_id() -> None:
    # The response to ZC01 in an inspection: the value ids had before this was optimised.
    assert derived_id("response", "inspection-1", "ZC01") == str(
        uuid.uuid5(uuid.UUID("0b6c5f7e-2d41-5a8e-8f0a-6e3b1d9c4a27"), "response/inspection-1/ZC01"))

"""The public names exist, are listed in __all__, and each has a docstring."""

import translit


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in translit.__all__:
        obj = getattr(translit, name)
        if name != "__version__":
            assert obj.__doc__, name

"""Prints a call's result, or its exception class and first message line, and the warnings it gave."""
import warnings


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", fn())
        except Exception as e:
            print(label, "raises", type(e).__name__, str(e).splitlines()[0] if str(e) else "")
    for w in caught:
        if w.category is not ResourceWarning:
            print(label, "warns", w.category.__name__, str(w.message).splitlines()[0])

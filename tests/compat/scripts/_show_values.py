"""Prints a call's array result as dtype, shape and values, or its exception class (the operator scripts)."""


def show(label, f):
    try:
        r = f()
        print(label, r.dtype.__name__, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)

"""Calls an op, printing its result's shape, dtype and sum, or the error (type and message lines) of the call or
of the read."""


def message(e):
    lines = [l.strip() for l in str(e).split('\n') if l.strip() and not l.strip().startswith('[bt]')]
    lines = [l for l in lines if 'Stack trace' not in l and not l.startswith('Traceback')]
    return ' | '.join(lines)[:400]


def show(tag, f):
    try:
        y = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, message(e))
        return
    try:
        a = y.asnumpy()
        print(tag, '->', a.shape, a.dtype, a.astype('float64').sum())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, message(e))

"""Prints a call's result (arrays with dtype, shape and storage) or its exception class, for the
operator doc-example compat scripts (nd_doc_examples_*, nd_doc_gradients)."""
import numpy as np
from mxnet import nd


def text(label, r):
    if isinstance(r, (list, tuple)):
        lines = ['%s %s %d' % (label, type(r).__name__, len(r))]
        lines += [text('%s[%d]' % (label, i), x) for i, x in enumerate(r)]
        return '\n'.join(lines)
    if isinstance(r, nd.NDArray):
        return '%s %s %s %s\n%r' % (label, np.dtype(r.dtype).name, r.shape, r.stype, r)
    return '%s %s %r' % (label, type(r).__name__, r)


def show(label, f):
    try:
        s = text(label, f())
    except Exception as e:
        s = '%s EXC %s' % (label, type(e).__name__)
    print(s)

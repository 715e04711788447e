"""sparse.dot given an array where an attribute goes (transpose_a by position, transpose_b or forward_stype by keyword) refuses its text in the parser's words, as MXNet does."""
import mxnet as mx, numpy as np
c = mx.nd.sparse.csr_matrix(np.eye(3, dtype='float32')); x = mx.nd.ones((3, 3))
for name, f in [('dot xxx', lambda: mx.nd.sparse.dot(x, x, x)), ('dot cxx', lambda: mx.nd.sparse.dot(c, x, x)),
                ('dot c x True', lambda: mx.nd.sparse.dot(c, x, True)), ('dot c x ta=x', lambda: mx.nd.sparse.dot(c, x, transpose_b=x)),
                ('dot c x fs=x', lambda: mx.nd.sparse.dot(c, x, forward_stype=x))]:
    try:
        print(name, f().asnumpy().tolist())
    except Exception as e:
        print(name, type(e).__name__, str(e).replace('\n', '|')[-300:])

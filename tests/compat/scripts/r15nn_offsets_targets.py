"""extractdiag/extracttrian offsets leaving no diagonal (the count MXNet computes, its words naming the rank),
Deconvolution's target_shape checked before its groups and 3-D dilation, softmax's length for an axis past the
data, in MXNet's words."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        print(label, "->", words(e))


for shape in [(3, 3), (2, 3, 3), (1, 2, 2, 2)]:
    for offset in [3, 2, -5, -2]:
        attempt(f"extractdiag {shape} {offset}", lambda: nd.linalg.extractdiag(o(shape), offset=offset))
        attempt(f"extracttrian {shape} {offset}", lambda: nd.linalg.extracttrian(o(shape), offset=offset))
D = nd.Deconvolution
attempt("3-D dilated, big target", lambda: D(o((1, 1, 3, 3, 3)), o((1, 1, 2, 2, 2)), kernel=(2, 2, 2), num_filter=1,
                                            dilate=(2, 1, 1), target_shape=(10, 4, 4)))
attempt("3-D dilated", lambda: D(o((1, 1, 3, 3, 3)), o((1, 1, 2, 2, 2)), kernel=(2, 2, 2), num_filter=1,
                                 dilate=(2, 1, 1)))
attempt("groups, big target", lambda: D(o((1, 3, 3, 3)), o((3, 1, 2, 2)), kernel=(2, 2), num_filter=2, num_group=2,
                                        target_shape=(9, 9)))
attempt("groups", lambda: D(o((1, 3, 3, 3)), o((3, 1, 2, 2)), kernel=(2, 2), num_filter=2, num_group=2))
attempt("adj, big target", lambda: D(o((1, 1, 3, 3)), o((1, 1, 2, 2)), kernel=(2, 2), num_filter=1, adj=(2, 2),
                                     target_shape=(9, 9)))
for axis in [3, 2, -3, -4]:
    attempt(f"softmax length axis={axis}", lambda: nd.softmax(o((4, 2, 4)), o((4, 2), dtype="int32"), axis=axis,
                                                              use_length=True))

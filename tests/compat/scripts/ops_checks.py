# Argument checks and result shapes MXNet applies: argmax/argmin to one axis of a vector, Dropout's p
# range, where's dtypes.
import mxnet as mx
from mxnet import nd


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__)


attempt("argmax axis0", lambda: nd.argmax(nd.array([1, 3, 2]), axis=0))
attempt("argmax keepdims", lambda: nd.argmax(nd.array([1, 3, 2]), axis=0, keepdims=True))
attempt("argmin axis-1", lambda: nd.argmin(nd.array([1, 3, 2]), axis=-1))
attempt("argmax 2d", lambda: nd.argmax(nd.array([[1, 3, 2], [4, 0, 1]]), axis=0))
attempt("argmax int", lambda: nd.argmax(nd.array([1, 3, 2], dtype="int32"), axis=0))
attempt("dropout p=1.5", lambda: nd.Dropout(nd.ones((2,)), p=1.5))
attempt("dropout p=-0.1", lambda: nd.Dropout(nd.ones((2,)), p=-0.1))
attempt("dropout p=1", lambda: nd.Dropout(nd.ones((2,)), p=1.0))
attempt("where mixed", lambda: nd.where(nd.array([1, 0]), nd.array([1, 2], dtype="int32"), nd.array([1, 2])))
attempt("where int cond", lambda: nd.where(nd.array([1, 0], dtype="int32"), nd.array([1, 2]), nd.array([3, 4])))

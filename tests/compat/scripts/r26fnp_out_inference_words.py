"""A wrong out= array refused in the words of each operator's inference: copy, flip, roll and the *_like
creators assign the result's shape; squeeze, atleast_*d, transpose and roll assign its dtype; transpose infers
its input's shape back from out; take checks the dtype before the shape."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def A():
    return np.array([[1., 2., 3.], [4., 5., 6.]])


CALLS = {
    "copy": lambda o: np.copy(A(), out=o), "flip": lambda o: np.flip(A(), 0, out=o),
    "flip_all": lambda o: np.flip(A(), out=o), "squeeze": lambda o: np.squeeze(A(), out=o),
    "roll": lambda o: np.roll(A(), 1, out=o), "ones_like": lambda o: np.ones_like(A(), out=o),
    "full_like": lambda o: np.full_like(A(), 3, out=o), "atleast_1d": lambda o: np.atleast_1d(A(), out=o),
    "atleast_2d": lambda o: np.atleast_2d(A(), out=o), "atleast_3d": lambda o: np.atleast_3d(A(), out=o),
    "transpose": lambda o: np.transpose(A(), out=o), "transpose01": lambda o: np.transpose(A(), (0, 1), out=o),
    "transpose10": lambda o: np.transpose(A(), axes=(1, 0), out=o),
    "take": lambda o: np.take(A(), np.array([0, 1]), axis=1, out=o),
}
OUTS = [((2, 3), "float32"), ((3, 2), "float32"), ((2, 2), "float32"), ((3, 3), "float32"), ((3,), "float32"),
        ((2, 3, 1), "float32"), ((), "float32"), ((2, 3), "float64"), ((3, 2), "int64"), ((2, 2), "float16"),
        ((3,), "float64")]
for name, call in CALLS.items():
    for shape, dtype in OUTS:
        out = np.zeros(shape, dtype=dtype)
        try:
            res = call(out)
            print(name, shape, dtype, "is out" if res is out else "new", res.dtype, res.tolist())
        except mx.MXNetError as e:
            print(name, shape, dtype, words(e))
ARGUMENTS = (("dot()", lambda: np.dot()), ("dot(a)", lambda: np.dot(A())), ("dot(x=a)", lambda: np.dot(x=A())),
             ("outer(a, axis=0)", lambda: np.outer(A(), axis=0)), ("vdot(a, foo=1)", lambda: np.vdot(A(), foo=1)),
             ("inner(a, a, a)", lambda: np.inner(A(), A(), A())), ("outer(a, b=a)", lambda: np.outer(A(), b=A())))
for name, call in ARGUMENTS:
    try:
        print(name, call())
    except (mx.MXNetError, TypeError) as e:
        print(name, words(e))
for axes in [(0,), (0, 5), (1, 1), (0, 1, 2), (-1, 0)]:
    for shape in [(3,), (2, 3), (3, 2), (2, 2)]:
        try:
            print("transpose", axes, shape, np.transpose(A(), axes, out=np.zeros(shape)).shape)
        except (mx.MXNetError, ValueError) as e:
            print("transpose", axes, shape, words(e))

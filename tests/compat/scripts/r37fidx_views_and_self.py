"""Views and aliasing of indexing results (writes through them, overlapping copies) and the keys that return the array itself (x[()], x[:], x[::1]), legacy and mx.np."""
import numpy as onp
import mxnet as mx
from _words import words


def case(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", words(e))


def flat(a):
    return a.asnumpy().ravel().tolist()


def cases(make):
    def mk():
        return make(onp.arange(24, dtype="float32").reshape(2, 3, 4))

    def through(read, write):
        a = mk()
        write(read(a))
        return flat(a)

    def fill(b, value=-1):
        b[:] = value
    case("a[1][:] = -1", lambda: through(lambda a: a[1], fill))
    case("a[0:1][0, 0] = -1", lambda: through(lambda a: a[0:1], lambda b: b.__setitem__((0, 0), -1)))
    case("a[1][2][:] = -1", lambda: through(lambda a: a[1][2], fill))
    case("a[:, 1][:] = -1", lambda: through(lambda a: a[:, 1], fill))
    case("a[[0]][:] = -1", lambda: through(lambda a: a[[0]], fill))
    case("a[1, 1, 1:2][:] = 0", lambda: through(lambda a: a[1, 1, 1:2], lambda b: fill(b, 0)))
    case("a[1:2][0][0] = 7", lambda: through(lambda a: a[1:2][0], lambda b: b.__setitem__(0, 7)))
    case("a[0, 1:3] += 100", lambda: through(lambda a: a[0, 1:3], lambda b: b.__iadd__(100)))
    case("a[1] *= 2", lambda: through(lambda a: a[1], lambda b: b.__imul__(2)))
    for name, key, source in [("a[0] = a[1]", 0, lambda a: a[1]), ("a[0, :, 1:] = a[0, :, :3]", (0, slice(None), slice(1, None)),
                              lambda a: a[0, :, :3]), ("a[:, ::-1] = a", (slice(None), slice(None, None, -1)), lambda a: a),
                              ("a[1:, 1] = a[:1, 1] * 2", (slice(1, None), 1), lambda a: a[:1, 1] * 2),
                              ("a[[0, 1], [0, 0]] = a[[1, 0], [0, 0]]", ([0, 1], [0, 0]), lambda a: a[[1, 0], [0, 0]])]:
        def overlap():
            a = mk()
            a[key] = source(a)
            return flat(a)
        case(name, overlap)
    for key in [(), slice(None), slice(None, None, 1), slice(0, None), (slice(None),), Ellipsis, slice(None, 100), None]:
        for shape in [(2, 3), (0,), ()]:
            def itself():
                a = make(onp.zeros(shape))
                b = a[key]
                with mx.autograd.record():
                    c = a[key]
                return b is a, c is a, b.shape
            case(f"{shape}[{key!r}] is itself", itself)


cases(mx.nd.array)
mx.npx.set_np()
cases(mx.np.array)
